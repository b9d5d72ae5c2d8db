#include "Language.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "exchange/BundleImportDialog.h"
#include "exchange/BundleWriter.h"
#include "exchange/ExportBundleDialog.h"
#include "security/DepartmentKeyDialog.h"
#include "security/Envelope.h"
#include "security/Keys.h"
#include "security/PassphraseDialog.h"
#include "security/WorkspaceInfoDialog.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The secure deposit as the people do it, in the real window: the mission officer creates the
// Department's key and hands out its public half; the facilitator imports it and exports a
// sealed file; the officer imports it, typing the passphrase once (a wrong one first), sees who
// signed it, and finds the facilitator's workspace among those known, by the fingerprint the
// facilitator reads in « À propos de cet espace ».
class TestSecureDeposit final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("le comptoir de la place");

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    static void trigger(MainWindow &window, const char *action)
    {
        window.findChild<QAction *>(QLatin1String(action))->trigger();
    }
    static void click(QWidget *parent, const char *button)
    {
        auto *b = child<QPushButton>(parent, button);
        QVERIFY2(b && b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    // With COMPTOIR_KEEP_SHOTS naming a folder, the dialogs as they are drawn, to look at.
    static void keepShot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("COMPTOIR_KEEP_SHOTS");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }
    static void clickOk(QDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolateFromUser();
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        KeySession::forgetAll();
    }

    void officerAndFacilitator()
    {
        QVERIFY(TestSupport::createDemo(m_dir, QStringLiteral("animation-lievin")));
        const QString facilitatorPath = m_dir.filePath(QStringLiteral("animation-lievin.comptoirdb"));
        const QString officerPath = m_dir.filePath(QStringLiteral("mission.comptoirdb"));
        QString error;
        QVERIFY(Workspace::create(officerPath, &error));
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The officer makes the Department's key, kept in the workspace.
        QVERIFY(window.openWorkspace(officerPath));
        trigger(window, "departmentKeyAction");
        auto *keys = window.findChild<DepartmentKeyDialog *>();
        QVERIFY(keys);
        QTRY_VERIFY(keys->isVisible());
        QCOMPARE(child<QLabel>(keys, "departmentFingerprint")->text(), QStringLiteral("Aucune clé"));
        QVERIFY(!child<QPushButton>(keys, "exportPublicKeyButton")->isEnabled());
        bool created = false;
        TestSupport::whenModal(
            [this](QDialog *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("createKeyDialog"));
                auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                QTest::keyClicks(child<QLineEdit>(dialog, "newPassphraseEdit"),
                                 QStringLiteral("court"));
                QVERIFY(!ok->isEnabled()); // too short, said
                QVERIFY(child<QLabel>(dialog, "createKeyProblem")->text().contains(
                    QStringLiteral("10 caractères")));
                child<QLineEdit>(dialog, "newPassphraseEdit")->clear();
                QTest::keyClicks(child<QLineEdit>(dialog, "newPassphraseEdit"), m_passphrase);
                QTest::keyClicks(child<QLineEdit>(dialog, "againPassphraseEdit"),
                                 QStringLiteral("le comptoir de la plage"));
                QVERIFY(!ok->isEnabled()); // not the same
                child<QLineEdit>(dialog, "againPassphraseEdit")->clear();
                QTest::keyClicks(child<QLineEdit>(dialog, "againPassphraseEdit"), m_passphrase);
                QVERIFY(child<QRadioButton>(dialog, "keyInWorkspaceRadio")->isChecked());
                QVERIFY(ok->isEnabled());
                keepShot(dialog, QStringLiteral("creer-cle"));
                clickOk(dialog);
            },
            &created);
        MessageBox::setNextAnswer(QMessageBox::No); // the public file: written just after
        click(keys, "createKeyButton");
        QTRY_VERIFY(created);
        auto stored = DepartmentKey::load(*window.workspace());
        QVERIFY(stored && stored->has_value() && (*stored)->locked);
        const QString fingerprint = (*stored)->publicHalf.fingerprint();
        QCOMPARE(child<QLabel>(keys, "departmentFingerprint")->text(), fingerprint);
        QVERIFY(child<QLabel>(keys, "departmentKeyState")->text().contains(QStringLiteral("Déverrouillée")));
        // Handed out as a file; then locked, as at the end of the day.
        const QString publicFile = m_dir.filePath(QStringLiteral("departement.comptoir-cle"));
        FileDialog::setNextFileName(publicFile);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        click(keys, "exportPublicKeyButton");
        QVERIFY(MessageBox::lastText().contains(fingerprint));
        QVERIFY(QFile::exists(publicFile));
        click(keys, "lockKeyButton");
        QVERIFY(!KeySession::find((*stored)->publicHalf.key));
        QVERIFY(child<QLabel>(keys, "departmentKeyState")->text().contains(QStringLiteral("Verrouillée")));
        keys->reject();
        QTRY_VERIFY(!window.findChild<DepartmentKeyDialog *>());

        // The facilitator imports it, compares the fingerprint, and exports sealed by default.
        QVERIFY(window.openWorkspace(facilitatorPath));
        trigger(window, "departmentKeyAction");
        keys = window.findChild<DepartmentKeyDialog *>();
        QTRY_VERIFY(keys && keys->isVisible());
        FileDialog::setNextFileName(publicFile);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(keys, "importPublicKeyButton");
        QVERIFY(MessageBox::lastText().contains(fingerprint)); // shown to compare
        QCOMPARE(child<QLabel>(keys, "departmentFingerprint")->text(), fingerprint);
        QVERIFY(!child<QPushButton>(keys, "createKeyButton")->isEnabled());
        QVERIFY(!child<QPushButton>(keys, "lockKeyButton")->isVisible()); // no secret here
        keys->reject();
        QTRY_VERIFY(!window.findChild<DepartmentKeyDialog *>());

        // Her workspace's fingerprint, to read to the officer; signed under a name she chose.
        trigger(window, "workspaceInfoAction");
        auto *about = window.findChild<WorkspaceInfoDialog *>();
        QTRY_VERIFY(about && about->isVisible());
        const QString facilitatorPrint = child<QLabel>(about, "signingFingerprint")->text();
        QCOMPARE(facilitatorPrint, SigningKey::ofWorkspace(*window.workspace())->fingerprint());
        QCOMPARE(child<QLabel>(about, "workspaceDepartmentKey")->text(), fingerprint);
        auto *name = child<QLineEdit>(about, "signerNameEdit");
        QCOMPARE(name->text(), QStringLiteral("animation-lievin"));
        name->clear();
        TestSupport::typeText(name, QStringLiteral("Comptoir de Liévin"));
        clickOk(about);
        QTRY_VERIFY(!window.findChild<WorkspaceInfoDialog *>());
        QCOMPARE(SigningKey::name(*window.workspace()), QStringLiteral("Comptoir de Liévin"));

        trigger(window, "exportBundleAction");
        auto *exporting = window.findChild<ExportBundleDialog *>();
        QTRY_VERIFY(exporting && exporting->isVisible());
        auto *seal = child<QCheckBox>(exporting, "sealCheck");
        QVERIFY(seal->isEnabled() && seal->isChecked());
        QVERIFY(seal->text().contains(fingerprint));
        QVERIFY(child<QLabel>(exporting, "sealNote")->text().contains(facilitatorPrint));
        keepShot(exporting, QStringLiteral("export-scelle"));
        seal->click(); // turned off, it says what that means
        QVERIFY(child<QLabel>(exporting, "sealNote")->text().contains(QStringLiteral("Pas scellé")));
        seal->click();
        const QString sealed = m_dir.filePath(QStringLiteral("depot-lievin.comptoir"));
        FileDialog::setNextFileName(sealed);
        click(exporting, "writeBundleButton");
        QTRY_VERIFY(!window.findChild<ExportBundleDialog *>());
        const auto header = Envelope::readHeaderOf(sealed);
        QVERIFY2(header, qPrintable(header.error()));
        QVERIFY(header->isSealed());
        QCOMPARE(header->signer.name, QStringLiteral("Comptoir de Liévin"));
        // Her own sealed file: this workspace cannot open it (only the officers can).
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.importBundle(sealed));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("chargés de mission")));

        // The officer imports it: a wrong passphrase first, said under the field.
        QVERIFY(window.openWorkspace(officerPath));
        bool asked = false;
        TestSupport::whenModal(
            [this, fingerprint](QDialog *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("passphraseDialog"));
                QVERIFY(child<QLabel>(dialog, "passphraseKey")->text().contains(fingerprint));
                auto *edit = child<QLineEdit>(dialog, "passphraseEdit");
                QCOMPARE(edit->echoMode(), QLineEdit::Password);
                QTest::keyClicks(edit, QStringLiteral("le comptoir de la plage"));
                QTest::keyClick(edit, Qt::Key_Return);
                auto *error = child<QLabel>(dialog, "passphraseError");
                QTRY_VERIFY(error->isVisible());
                QVERIFY(error->text().contains(QStringLiteral("Mauvaise phrase de passe")));
                keepShot(dialog, QStringLiteral("phrase-de-passe"));
                QVERIFY(dialog->isVisible());
                QVERIFY(edit->text().isEmpty());
                QTest::keyClicks(edit, m_passphrase);
                QTest::keyClick(edit, Qt::Key_Return);
            },
            &asked);
        QVERIFY(window.importBundle(sealed));
        QVERIFY(asked);
        auto *importing = window.findChild<BundleImportDialog *>();
        QVERIFY(importing);
        QTRY_VERIFY(importing->isVisible());
        const QString signer = child<QLabel>(importing, "importSigner")->text();
        QVERIFY2(signer.contains(QStringLiteral("Comptoir de Liévin")) &&
                     signer.contains(facilitatorPrint) &&
                     signer.contains(QStringLiteral("jamais vu")) &&
                     signer.contains(QStringLiteral("scellé")),
                 qPrintable(signer));
        QVERIFY(!child<QCheckBox>(importing, "signerCheckedBox"));
        keepShot(importing, QStringLiteral("import-signe"));
        click(importing, "importButton");
        QTRY_VERIFY(child<QLabel>(importing, "importReport")->isVisible());
        click(importing, "closeReportButton");
        QTRY_VERIFY(!window.findChild<BundleImportDialog *>());

        // The next file: no passphrase asked again this session; the signer known.
        QVERIFY(window.importBundle(sealed));
        importing = window.findChild<BundleImportDialog *>();
        QTRY_VERIFY(importing && importing->isVisible());
        QVERIFY(child<QLabel>(importing, "importSigner")->text().contains(QStringLiteral("connu")));
        importing->reject();
        QTRY_VERIFY(!window.findChild<BundleImportDialog *>());

        // Another workspace calling itself « Comptoir de Liévin »: the import waits for a check.
        auto impostor = TestSupport::createDemo(m_dir, QStringLiteral("autre"));
        QVERIFY(impostor);
        QVERIFY(SigningKey::setName(*impostor, QStringLiteral("Comptoir de Liévin")));
        const QString passing = m_dir.filePath(QStringLiteral("autre.comptoir"));
        QVERIFY(BundleWriter::writeFile(*impostor, {1}, passing, &error,
                                        (*stored)->publicHalf.key));
        QVERIFY(window.importBundle(passing));
        importing = window.findChild<BundleImportDialog *>();
        QTRY_VERIFY(importing && importing->isVisible());
        QVERIFY(child<QLabel>(importing, "importSigner")->text().contains(QStringLiteral("Attention")));
        keepShot(importing, QStringLiteral("import-usurpation"));
        auto *checked = child<QCheckBox>(importing, "signerCheckedBox");
        QVERIFY(checked);
        QVERIFY(!child<QPushButton>(importing, "importButton")->isEnabled());
        checked->click();
        QVERIFY(child<QPushButton>(importing, "importButton")->isEnabled());
        importing->reject();
        QTRY_VERIFY(!window.findChild<BundleImportDialog *>());

        // Among the workspaces known here, with the fingerprint she read out; forgotten.
        trigger(window, "workspaceInfoAction");
        about = window.findChild<WorkspaceInfoDialog *>();
        QTRY_VERIFY(about && about->isVisible());
        auto *known = child<QTreeWidget>(about, "knownSignersList");
        QCOMPARE(known->topLevelItemCount(), 1);
        QCOMPARE(known->topLevelItem(0)->text(0), QStringLiteral("Comptoir de Liévin"));
        QCOMPARE(known->topLevelItem(0)->text(1), facilitatorPrint);
        known->setCurrentItem(known->topLevelItem(0));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(about, "forgetSignerButton");
        QCOMPARE(known->topLevelItemCount(), 0);
        about->reject();
        KeySession::forgetAll();
    }
};

QTEST_MAIN(TestSecureDeposit)
#include "tst_securedeposit.moc"
