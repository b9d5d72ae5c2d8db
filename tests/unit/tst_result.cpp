#include "util/Result.h"

#include <QStringList>
#include <QTest>

#include <memory>

// The one shape of results that can fail.
class TestResult final : public QObject
{
    Q_OBJECT

    static Result<int> half(int n)
    {
        if (n % 2 != 0)
            return Failure{QStringLiteral("%1 est impair.").arg(n)};
        return n / 2;
    }

    static Result<void> check(bool fine)
    {
        if (!fine)
            return Failure{QStringLiteral("Refusé.")};
        return {};
    }

private slots:
    void valueOrFailure()
    {
        const auto good = half(8);
        QVERIFY(good);
        QVERIFY(good.ok());
        QCOMPARE(*good, 4);
        QCOMPARE(good.value(), 4);
        QVERIFY(good.error().isEmpty());

        const auto bad = half(7);
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("7 est impair."));
        QCOMPARE(bad.valueOr(-1), -1);
    }

    void voidResults()
    {
        QVERIFY(check(true));
        const auto refused = check(false);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("Refusé."));
    }

    void movesItsValue()
    {
        Result<std::unique_ptr<QStringList>> r(
            std::make_unique<QStringList>(QStringList{QStringLiteral("a")}));
        QVERIFY(r);
        QCOMPARE(r->get()->size(), 1);
        std::unique_ptr<QStringList> taken = std::move(r).value();
        QCOMPARE(taken->first(), QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
