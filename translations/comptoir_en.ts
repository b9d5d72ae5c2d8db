<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddCommentCommand</name>
    <message>
        <source>the comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentContent</name>
    <message>
        <source>This archive is not an office document Comptoir accepts. Accepted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of file is not accepted. Accepted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, JPEG, PNG, ODT, ODS, DOCX and XLSX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The attachments could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece of %1 is over the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece is shorter than it says (%1 of %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece is longer than it says (more than %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece does not match its fingerprint (SHA-256): it was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of attachment: %1. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption is too long (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, over the limit of %2 per piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s pieces would take %1, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of attachment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this attachment is missing from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this attachment cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Accepted pieces (*.pdf *.jpg *.jpeg *.png *.odt *.ods *.docx *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add pieces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: never in the platform&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here, or use « Add pieces… ». Accepted: %1; %2 per piece, %3 per project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach quotes, statutes, photos, letters of support, plans (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this piece a newer file, keeping its kind and caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Quote from the joinery for the shelves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption of the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line the quote backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3
Fingerprint (SHA-256): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach the pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No piece was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) attached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Refused:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program of this computer opens %1 files. The piece was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop or this holder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holder was erased: they cannot be registered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holder is already registered for this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workshop is full (%n place(s)).</source>
        <translation>
            <numerusform>The workshop is full (%n place).</numerusform>
            <numerusform>The workshop is full (%n places).</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop takes place on %1: presence is recorded on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presence could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time spent could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance - %1 - %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet · %1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance sheet could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Comptoir workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read for its backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” failed its check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” cannot be read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the backups “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists: a backup is restored into a new file, never over an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be written to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line (Ctrl+Insert in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current line (Ctrl+Delete in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget has no lines yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b6e20&apos;&gt;✔ Balanced budget: %1 of expenses, covered by as much in resources.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;✘ Resources are short of %1: the budget must balance.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;✘ Resources exceed expenses by %1: the budget must balance.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested from the Budget Citoyen: %1 · co-financing: %2 (%3 % of the resources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) attached for this line</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetLines</name>
    <message>
        <source>The budget cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget holds %1 lines at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount must be between 0 and 100 million euros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent and premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or intercommunality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other public subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsorship and donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions in kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleContainer</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content %1 is missing from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Comptoir container: its ZIP structure is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container holds too many members (%1 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s member %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container holds “%1” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container holds “%1”, which a Comptoir file never holds (only its document and contents named by their SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s member “%1” is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s member “%1” would expand %2 times: refused as a compression bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container would expand to more than %1 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; %2 MB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s member “%1” is over the limit of %2 per piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container holds no document (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s document cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s document is not the size it says, or is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content %1 of an attachment is missing from the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content %1 is %2 bytes in the container, %3 in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container holds a content no attachment of its document lists (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>%1 refers to a record that is not in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported; the workspace is unchanged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s “%1”, version %2, differs from this workspace&apos;s; the workspace&apos;s is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: %n project(s) changed both here and in the file since they last met (%2). Choose which version to keep.</source>
        <translation>
            <numerusform>“%1” was not imported: %n project changed both here and in the file since they last met (%2). Choose which version to keep.</numerusform>
            <numerusform>“%1” was not imported: %n projects changed both here and in the file since they last met (%2). Choose which version to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) of the file were merged into others here: they are left out.</source>
        <translation>
            <numerusform>%n project of the file were merged into others here: they are left out.</numerusform>
            <numerusform>%n projects of the file were merged into others here: they are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited here on %1, after the deletion: keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in the file&apos;s workspace on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) of the file were deleted here after the file&apos;s version: they are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the file (workshops, holders, presences, comments…) were deleted here after the file&apos;s version: they are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>deleted here on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited in the file on %1, after the deletion: restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists attachments but does not carry their contents (it is not a container).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content %1 of an attachment is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the %2 its record says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not signed: it was written by a version of Comptoir older than signatures, and nothing says who wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by this very workspace (key %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed by « %1 », a workspace known here as « %2 » (key %3, %n file(s) imported).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed by « %1 », a workspace known here (key %2, %n file(s) imported).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by « %1 », a workspace never seen here (key %2): it is accepted with this import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It came sealed for the Department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: « %1 » is known here with another key (%2, accepted on %3); this file is signed with the key %4. Someone may be passing for that workspace, or it was made again on another computer: check with its facilitator, reading the fingerprints out, before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOREIGN KEY constraint failed: %1 refers to a row of %2 that is not there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer: replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep everything from this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take everything from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File written on %1 by the workspace %2 (Comptoir %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new project(s), %1 newer, %2 identical or older, %3 changed on both sides.</source>
        <translation>
            <numerusform>%n new project, %1 newer, %2 identical or older, %3 changed on both sides.</numerusform>
            <numerusform>%n new projects, %1 newer, %2 identical or older, %3 changed on both sides.</numerusform>
        </translation>
    </message>
    <message>
        <source>This very file was already imported on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed here and in the file since they last met. Choose, field by field, the version to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1 · Updated: %2 · Skipped (identical or older): %3 · Conflicts settled: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also %1 record(s) added and %2 updated among the comptoirs, workshops, holders and organisations the projects refer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file brought nothing new: the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each project changed on both sides, choose field by field which version to keep: this workspace&apos;s is kept unless you choose the file&apos;s (click it, or Space; Left and Right arrows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in the file: to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) of this workspace were deleted in the file&apos;s workspace: they go to the trash here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted as in the file: %1 project(s) (in the trash) and %2 other record(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict settled: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict settled: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conflict settled (%1 of %n field(s) from the file)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>I &amp;checked the fingerprints with its facilitator: import it anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; %2 MB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Comptoir file: it is not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Comptoir file (its “format” is not “comptoir-bundle”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“formatVersion” is missing or is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer Comptoir (format version %1; this one reads version %2): update Comptoir to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“content” is missing or is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sha256” is missing: the file cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum does not match: the file was changed or damaged after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“exportedAt” is not a timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing or is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds %2 records; %3 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.uuid is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.uuid %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is not a timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.origin is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown value “%2” (allowed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the wrong type or form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2].%3 refers to %4 %5, which is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.year must be between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.version must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.definition is not a methodology Comptoir can use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category code of its edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consent of the same holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a holder of the same project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead holder of the same project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer of the same project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same holder at the same workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.secondsSpent must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.capacity must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.scoreWeight must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review of the same project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score of the same project and criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.score must be between 0 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links a project to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link between the same projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a methodology&apos;s code and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same deleted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tombstones[%1] says that %2 %3 was deleted, but the file brings it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.size must be between 0 and %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project&apos;s pieces are over %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.size differs from another piece of the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comptoir of the same partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: an envelope inside an envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by another workspace (%1) than the one that signed it (« %2 », %3): it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The file could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsModule</name>
    <message>
        <source>Comptoir&apos;s charts module lacks a function: reinstall Comptoir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Creates a workspace filled with synthetic projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of projects (up to 10,000,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which file to create with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of projects must be a whole number between 0 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 projects generated in %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the chosen projects, with what they refer to, to a .comptoir file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .comptoir file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every project at this stage (idea, structuring, ready, deposited, labelled, not_selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project, by its UUID (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which workspace to read with --workspace and which file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage “%1”: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which projects to write with --stage or --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project has the UUID %1 in this workspace; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written to %1</source>
        <translation>
            <numerusform>%n project written to %1</numerusform>
            <numerusform>%n projects written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports a .comptoir file into a workspace: new projects are added, newer versions replace older ones, the rest is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a project changed on both sides, keep the workspace&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a project changed on both sides, take the file&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .comptoir file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which workspace to import into with --workspace, and give one .comptoir file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-local and --take-file cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1, updated: %2, skipped: %3, conflicts settled: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the chosen projects as a platform file (CSV or JSON), one row per project, as a profile describes (Decidim&apos;s by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (the default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform profile (JSON) instead of Decidim&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the dossiers of the chosen projects as PDF: one file each in a folder, or all in one file with --combined. Every project when none is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the dossiers in (the file with --combined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF holding every dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which workspace to read with --workspace and where to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder: with --combined, --out names the PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file: --out names the folder to write the dossiers in (or use --combined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project to write: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) written to %1</source>
        <translation>
            <numerusform>%n dossier written to %1</numerusform>
            <numerusform>%n dossiers written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted as in the file: %1 project(s) (in the trash), %2 other record(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before the import could not be written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a checked backup of a workspace, to the workspace&apos;s folder of backups unless --out says where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which workspace to back up with --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup written and checked (%n project(s)): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a workspace from a backup, into a new file (never over an existing one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to write; it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which backup to restore with --backup, and where with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records (comptoirs, holders, workshops, reviews…): %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 Import the file from that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project has the UUID %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches files to a project: PDF, JPEG, PNG, ODT, ODS, DOCX or XLSX, 25 MB each at most, 200 MB per project. All or nothing: one file refused, none is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project, by its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the files are: %1 (guessed from each file when not said).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which workspace with --workspace, which project with --project, and give at least one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was attached: %1 Attach the files from that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was attached:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a project&apos;s attachments, one per line: SHA-256, kind, size in bytes, name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which workspace with --workspace and which project with --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dossier followed by its PDF attachments, with bookmarks (dossier complet; not with --combined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--complete writes one PDF per project: it cannot be used with --combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their attachments, to upload by hand (never the confidential ones): %n file(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase with --passphrase-file (a file whose first line it is), or type it at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the file for this public key (a Department key file), not for the workspace&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not seal the file (it is still signed): only for a file without personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seal-for and --no-seal cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by this workspace, not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed for “%1” (key %2) and signed by this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sealed file: a file whose first line is the passphrase of the Department&apos;s key (else it is typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sealed file: the Department&apos;s secret key file, when the workspace does not say where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import even if a workspace of the same name is known here with another key (checked with its facilitator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is sealed for the Department (key %1), and this workspace has no Department key: give its key file with --key-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file is sealed for another key (fingerprint %1), not for the Department&apos;s key (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the Department&apos;s key pair. Its secret half, locked by a passphrase, goes to the file --out (keep it safe: without it and its passphrase, files sealed for the key cannot be opened); with --workspace, that workspace opens the files sealed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département du Pas-de-Calais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase (else it is typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which key file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists: a key file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department&apos;s key was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the Department&apos;s public key, the file facilitators import, from a workspace that knows it or from the secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which file to write with --out, and where the key is with --workspace or --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace knows no Department key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department&apos;s public key was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the Department&apos;s public key in a workspace: the files it writes are then sealed for the Department. Compare the fingerprint printed with the one the Department gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which workspace with --workspace, and give one public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace holds the secret half of another Department key (%1): remove it first, from the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already knows this key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department&apos;s key “%1” was recorded; the files this workspace writes are now sealed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the workspace&apos;s signing key, its Department key and the workspaces whose files it accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which workspace with --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs as: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department key: none (files are signed, not sealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department key: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret half in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret half in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public half only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Known workspace: %1	%2	%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>comptoir keys create --out KEYFILE [--workspace W] [--label L] [--passphrase-file F]
comptoir keys export-public --out FILE (--workspace W | --key KEYFILE)
comptoir keys import-public FILE --workspace W
comptoir keys show --workspace W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was made: %1 Use File › The Department’s key… in that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not recorded: %1 Use File › The Department’s key… in that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneCodes</name>
    <message>
        <source>The communes could not be matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneListModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Communes</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunesToCheckDialog</name>
    <message>
        <source>Communes to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project or comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comptoir: correct it in Workshop › Comptoirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir&apos;s commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every commune named in this workspace is a commune of the Pas-de-Calais.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comptoir knows the %1 communes of the Pas-de-Calais. These %n name(s) are not among them: a spelling to correct, or a place outside the department. They were kept as written; the projects concerned are “to check” for eligibility.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Perhaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletePdf</name>
    <message>
        <source>“%1” was left out: it cannot be read as a PDF (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create the Department&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made once, by a mission officer, for the whole department. Choose a long passphrase (a sentence of several words): it is asked once per session to open sealed files, and it cannot be recovered if it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département du Pas-de-Calais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where its secret half is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this &amp;workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a key &amp;file of its own (on a USB key, say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departement-cle-secrete.comptoir-cle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir keys (*.comptoir-cle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase: %1 characters at least (%2 typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but holds bytes that are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data): export the sheet as CSV from the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); a registration list holds at most %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote opened here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); %2 holds at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edition no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit of dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelling committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidies requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidies estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope of the edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrondissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside the department or not given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n project(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n project&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n projects&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 requested · %2 estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>Others (%n)</numerusform>
            <numerusform>Others (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidies in thousands of euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an edition to see its calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of %1: elapsed, in %, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dashboard to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrondissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the estimates take %2 % of the envelope of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <source>The projects could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data is missing from this build of Comptoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not be filled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentKey</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key file: it is far too large (%2 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Comptoir key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds only the Department&apos;s public key, not its secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key file was made by a newer version of Comptoir: update Comptoir to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: its public key is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: the fingerprint it shows is not its key&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: its secret part is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be processed: the computer lacks memory (%1 MB needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: %1 characters at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: the Department&apos;s key stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged: its secret part is not its public key&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace holds only the Department&apos;s public key: files sealed for it are opened by the mission officers&apos; workspace that holds its secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department&apos;s key file “%1” is not there (a USB key not plugged in?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds another key than the Department&apos;s key of this workspace (fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department&apos;s key could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the Department&apos;s secret key file, not its public key: hand out the public key only (File › The Department’s key…, “Export the public key”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentKeyDialog</name>
    <message>
        <source>Comptoir keys (*.comptoir-cle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit files hold personal data and projects not yet published. Once this workspace knows the Department&apos;s key, the files it writes are sealed for it: only the mission officers, who hold its secret half and its passphrase, can open them. Every file is also signed by the workspace that writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators: the file the Department handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the Department&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission officers: once, for the whole department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit files this workspace writes are signed, not sealed. Import the public key the Department handed out (a facilitator), or create it (a mission officer, once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 », made on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit files this workspace writes are sealed for it. Compare its fingerprint, above, with the one the Department gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret half is kept in this workspace, locked by its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret half is in the key file %1, locked by its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked for this session: sealed files open without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: its passphrase is asked at the first sealed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Department&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already knows this key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the key « %1 »?

Its fingerprint: %2

Compare it, character by character, with the one the Department gave you (by phone or on paper). %3The deposit files of this workspace will be sealed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department&apos;s key is made; its fingerprint: %1.

Write its public half now, the file to hand out to facilitators? Without its passphrase%2, nobody can open the files sealed for it: write the passphrase down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and its key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Department&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departement-cle-publique.comptoir-cle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is written to %1. Hand it out with its fingerprint, %2, said separately (by phone): facilitators compare it when they import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the Department&apos;s key for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Department&apos;s key from this workspace? Its secret half is kept only here: unless it was saved elsewhere, the files sealed for it can never be opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Department&apos;s key from this workspace? The files it writes will be signed, not sealed, until a key is imported again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind (financer, partner…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory (communes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has column titles but no partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not communes of the Pas-de-Calais, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already on an earlier line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the organisation it updates no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <source>Import partners and financers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2, separated by « %3 ». Check what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each line becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to add</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known, to update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: refused — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already known, updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: name, legal form, SIRET, commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porteurs&apos; structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and financers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new structure, partner or financer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations with the same SIRET or RNA number, to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the organisation to the trash (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner&apos;s contact details leave this computer only when the contact person agreed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) and holders lose their structure until it is restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations with the same SIRET or RNA number. Choose the one to keep in each group and merge the others into it: their projects and holders then belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge the others into the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates: every number is held once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organisation to keep in its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and financers from a spreadsheet&apos;s CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partners and financers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFFECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAUSES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIN PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT DOSSIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoirs attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier produced on %1 from the workspace&apos;s data. Methodology: %2. Project reference: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project in a few lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (resources − expenses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which the Budget Citoyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-financing (other resources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget is not balanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to questions the current methodology no longer asks, kept as they were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check applies to this edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked ready although a check did not pass, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidy estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced by %1 on %2 with the methodology %3. The answers are the holders&apos; own words, as written at the comptoirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder %1 (name not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project dossier · produced on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier - %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In full, the texts the diagram shortens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) passed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of the support</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) with the facilitators</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) attended</source>
        <translation type="unfinished">
            <numerusform>%n workshop attended</numerusform>
            <numerusform>%n workshops attended</numerusform>
        </translation>
    </message>
    <message>
        <source>; last met on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierBatch</name>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Project dossiers (%n project(s))</source>
        <translation>
            <numerusform>Project dossiers (%n project)</numerusform>
            <numerusform>Project dossiers (%n projects)</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossiers could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierExportDialog</name>
    <message>
        <source>Export dossiers as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier per project, in French, for the file and the committee: cover, summary, every section with its answers, budget, eligibility. Contact details never appear in it; a holder&apos;s name only with their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The project(s) chosen in the list (%n)</source>
        <translation>
            <numerusform>The project chosen in the list (%n)</numerusform>
            <numerusform>The projects chosen in the list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project(s) the list shows (%n)</source>
        <translation>
            <numerusform>The project the list shows (%n)</numerusform>
            <numerusform>The projects the list shows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every project “ready to deposit” (%n)</source>
        <translation>
            <numerusform>Every project “ready to deposit” (%n)</numerusform>
            <numerusform>Every project “ready to deposit” (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per project, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF holding every dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n complete dossier(s) written, no partial file left behind.</source>
        <translation>
            <numerusform>Stopped: %n complete dossier written, no partial file left behind.</numerusform>
            <numerusform>Stopped: %n complete dossiers written, no partial file left behind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossiers could not all be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier complet: each followed by its PDF attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotes, statutes and letters in PDF appended after the dossier, with a bookmark for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossiers were written, but some attachments could not be appended:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditingSession</name>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <source>The edition cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edition no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget Citoyen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the ESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope must be between 0 and a billion euros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comptoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both dates of %1, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two categories are named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts of “%1” are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor of “%1” is above its ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The category “%1” cannot be removed: %n project(s) belong to it.</source>
        <translation>
            <numerusform>The category “%1” cannot be removed: %n project belongs to it.</numerusform>
            <numerusform>The category “%1” cannot be removed: %n projects belong to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount from which quotes are asked must be a number of euros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project is to follow up after 1 to 52 weeks without contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pitch lasts from 30 seconds to 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;velope (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoirs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit of projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility checks applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes from (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project with no contact for this long is listed « À relancer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a pitch is given in a rehearsal (minutes:seconds).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>The eligibility cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The structure belongs to the social and solidarity economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holders answered “%1”: the structure&apos;s ESS status is to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is carried by “%1”: it needs an ESS structure (association, cooperative, mutual, foundation or ESS company).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not declared as an ESS structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No structure is given for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holder attended a comptoir of the edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not attached to an edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) of %1 attended.</source>
        <translation>
            <numerusform>%n workshop of %1 attended.</numerusform>
            <numerusform>%n workshops of %1 attended.</numerusform>
        </translation>
    </message>
    <message>
        <source>No holder of the project is recorded as present at a workshop of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project takes place in the Pas-de-Calais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communes where the project takes place are not given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required field is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n required field(s) answered.</source>
        <translation>
            <numerusform>The required field is answered.</numerusform>
            <numerusform>All %n required fields answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) to answer: %1</source>
        <translation>
            <numerusform>%n required field to answer: %1</numerusform>
            <numerusform>%n required fields to answer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget is balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget has no lines yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses and resources: %1 each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses %1, resources %2: a difference of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount requested is within the category&apos;s ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category is chosen yet: it sets the ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount is requested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested, above the ceiling of %2 for “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested, ceiling %2 for “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested; “%2” has no ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit period is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit dates of %1 are not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit opens on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits are open until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by the holders: “%1”, a form of the ESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (arrondissement(s): %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not a commune of the Pas-de-Calais: %1. To check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote backs every large expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An association&apos;s statutes are attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whatever its amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s) %1, each with its quote.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No expense %1: no quote is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a quote attached (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not carried by an association: no statutes are asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The association&apos;s statutes are attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is carried by an association: attach its statutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (SIRET %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (RNA %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Evidence: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of the ESS by its legal form (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the ESUS approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an ESS company under the law of 31 July 2014.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as not of the ESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as « %2 »: of the ESS by its legal form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as an ESUS company: its approval is to be recorded with its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holders declared %1 as an ESS structure: its legal form or its status is to be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s signing key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department&apos;s key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a sealed or signed Comptoir file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is incomplete: it stops inside its header (%1 bytes). It was cut short, during a copy perhaps; ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer version of Comptoir (envelope %1): update Comptoir to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged (%1): it cannot be opened. Ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a content of %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the workspace that wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is incomplete: %1 of the %2 bytes it should weigh. It was cut short, during a copy perhaps; ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was altered after it was written: %1 bytes were added at its end. It cannot be opened; ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was altered after it was written (%1): it cannot be opened. Ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is sealed for the Department (key %1): it is opened with the Department&apos;s secret key, which this workspace does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is sealed for another key (fingerprint %1), not for the Department&apos;s key of this workspace (%2): it cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is incomplete: it stops at byte %1. It was cut short; ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header or its content&apos;s first bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content, from byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opened file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is incomplete: its signature is missing. It was cut short; ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match: it was altered, or it was not signed by the workspace it names (« %1 », key %2). It cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export a deposit file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries the projects with their answers, budget, holders (contact details only with their consent) and the workshops they attended, for the mission officers or another facilitator&apos;s Comptoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The project(s) chosen in the list (%n)</source>
        <translation>
            <numerusform>The project chosen in the list (%n)</numerusform>
            <numerusform>The projects chosen in the list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project(s) the list shows (%n)</source>
        <translation>
            <numerusform>The project the list shows (%n)</numerusform>
            <numerusform>The projects the list shows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every project “ready to deposit” (%n)</source>
        <translation>
            <numerusform>Every project “ready to deposit” (%n)</numerusform>
            <numerusform>Every project “ready to deposit” (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Write the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir deposit files (*.comptoir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per project for the participatory platform&apos;s proposal import: title, body, category, commune, amount… No contact details; a holder&apos;s name only when they agreed to its publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (semicolons, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal the file for « %1 » (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal the file for the Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by « %1 » (key %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the mission officers can open it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed: anyone who gets the file can read it. Only for a file without personal data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace knows no Department key: the file is signed, not sealed (File › The Department’s key… to import it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#8a5300&apos;&gt;(required)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the limit: shorten the text.</source>
        <translation>
            <numerusform>%n character over the limit: shorten the text.</numerusform>
            <numerusform>%n characters over the limit: shorten the text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose or type your own answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: type it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount in euros, for example 1 500 or 249,90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, for example 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has two decimals at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as dd/mm/yyyy, for example 15/04/2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the selected commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSEE code %1, arrondissement: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now part of the commune of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a commune of the Pas-de-Calais: %1. Check the spelling; the project must take place in the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or postal code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 It will be tried again at the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Search the projects to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: project, comptoir, step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects at the idea, structuring or ready stage whose next step is due, or with no contact (a meeting, a call, a workshop…) for the weeks their edition sets. Enter opens the project&apos;s follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) to follow up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done / to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (internal: stays on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Workshop « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the attendance: recorded at the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) attended</source>
        <translation type="unfinished">
            <numerusform>%n workshop attended</numerusform>
            <numerusform>%n workshops attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to do</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last met on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#a4000f&quot;&gt;%n step(s) due&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holder, the facilitator, a partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who does it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the step is (« Ask the town hall for a room »…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal: these notes never leave this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Pitch rehearsed: %2 of the %3 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator&apos;s name is too long (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A next step needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step is too long (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects to follow up could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects to follow up could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolderDialog</name>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association, cooperative, collective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details (stay on this computer without consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed on %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused on %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of %1?

Their name, contact details and consents are deleted, and their name is blanked out of their projects&apos; answers. The projects stay, anonymised. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects of this holder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolderListModel</name>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolderPickerDialog</name>
    <message>
        <source>Register a holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, commune or structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New holder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Holders</name>
    <message>
        <source>May be contacted by the Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name may be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos may be taken and used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said aloud, noted by the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collective needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holder needs a first name or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1…” is too long (%2 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holder was erased or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s consent could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder could not be erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder could not be linked to the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldersPage</name>
    <message>
        <source>Find a holder: name, commune, structure, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New holder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details and consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details stay on this computer: they leave it only for holders who agreed to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n holder</numerusform>
            <numerusform>%n holders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the holder to the trash (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move “%1” to the trash, with their consents and their presence at workshops? Their %n project(s) stay, without them as a holder. Ctrl+Z, or File › Trash, brings them back as they were. (To erase their personal data on request, open their details instead.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the deletion of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the holders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>A SIREN has 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SIREN&apos;s last digit does not match the others: a digit was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIRET has 14 digits (the SIREN&apos;s 9, then the establishment&apos;s 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SIRET&apos;s digits do not match: a digit was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SIRET&apos;s first 9 digits (its SIREN) do not match: a digit was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SIRET&apos;s last digit does not match the others: a digit was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RNA number is « W » followed by 9 characters, e.g. W622001234.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownSigners</name>
    <message>
        <source>The file&apos;s signer could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkProjectsCommand</name>
    <message>
        <source>the link with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removal of the link with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveWorkshopPanel</name>
    <message>
        <source>Participants of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent with this porteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porteur %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1…9: switch porteur · F7: present · F8: timer · F11: presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop in progress
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project was started for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark present (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present ✓ — undo (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is registered for this workshop yet: register the participants first (Workshop › Register a holder, or import a registration list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the timer (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the timer (F8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadableModule</name>
    <message>
        <source>Comptoir&apos;s module %1 (%2) is not the one this program was built with: reinstall Comptoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir&apos;s module %1 cannot be found (looked for as %2): reinstall Comptoir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Create an empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace filled with fictional projects, to try Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir workspaces (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the workspace open now; it cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists and could not be moved to the trash. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir workspaces (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 · every change is saved as it is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir will use this language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;Offline companion of the “de l&apos;idée au projet” workshops of the Budget Citoyen of the Pas-de-Calais: facilitators walk holders through the methodology, mission officers review the projects and export their dossiers.&lt;/p&gt;&lt;p&gt;Every change is written to the workspace file as soon as it is made.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a &amp;methodology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a methodology definition (JSON file) to this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology definitions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large for a methodology definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not loaded; the workspace is unchanged.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, version %2, was added to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already holds “%1”, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project and open it in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar, envelope, categories and eligibility checks of an edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a projector: full screen, the current section only, in large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first: the presentation shows its current section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a deposit file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chosen, shown or ready projects to a .comptoir file for the mission officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a deposit file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update projects from a facilitator&apos;s .comptoir file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written to %1</source>
        <translation>
            <numerusform>%n project written to %1</numerusform>
            <numerusform>%n projects written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a deposit file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir deposit files (*.comptoir);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported; nothing was changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the &amp;platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the projects as a CSV or JSON file for the participatory platform&apos;s import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossiers of the chosen, shown or ready projects, as PDF for the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier: &amp;preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open or chosen project&apos;s dossier, to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) written to %1</source>
        <translation>
            <numerusform>%n dossier written to %1</numerusform>
            <numerusform>%n dossiers written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project in the list, or open it, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search every project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Communes to check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communes named in this workspace that are not communes of the Pas-de-Calais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen projects (or the open one) to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was deleted: restore it, or delete it for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n project(s) to the trash: %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They leave the lists, the search, the dashboard and the exports. Ctrl+Z, or File › Trash, brings them back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete projects</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the deletion of %n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) moved to the trash. Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backups of this workspace: restore one into a new file or in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before the import could not be written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored into “%1”. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is in place; the workspace as it was is among the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open %2. Only one Comptoir at a time can write to it.

Open it read-only, to browse, search and export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last workspace is open %1: open it from the welcome page to browse it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: another Comptoir has this workspace open. You can browse, search and export; edits are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this workspace is on a write-protected medium. You can browse, search and export; edits are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of it on this computer. Export what can still be read (deposit file, dossiers) and keep the file as it is for someone who can repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its latest backup was made on %1 (%n project(s)). Restore it into a new file and open it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 What you typed stays on screen, waiting to be written: retry (once there is room on the disk, or the USB stick is back), or save a copy of the workspace elsewhere and go on there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another place than the workspace itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace goes on in “%1”; everything is saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help and eligibility beside the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or folds away the help, the eligibility checklist and the subsidy estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their attachments (%n file(s), never the confidential ones) are in %1, to upload by hand.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rectory of structures and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects to &amp;follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To follow up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) to follow up (Ctrl+Shift+U)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rehearse the pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open or chosen project&apos;s pitch in large print, with a countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch s&amp;heet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page with the hook phrase, the pitch and the key figures, to print for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse the pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project, or choose one in the list, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch run kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch sheet written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Department&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or create the key deposit files are sealed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s file, its signing key&apos;s fingerprint, the workspaces it trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is sealed for the Department (key %2): it is opened by the mission officers&apos; workspace that holds the key&apos;s secret half, not by this one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is sealed for another key (fingerprint %2), not for the Department&apos;s key of this workspace (%3): it cannot be opened here. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is sealed for the Department. Type the passphrase of its key to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Methodology</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown property “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1” must be lower-case letters, digits or “_”, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice needs “options”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“options” must be a list of 1 to %1 texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each option must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option “%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type “%1” (known types: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“minimum” is greater than “maximum”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section “%1”, field “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for a methodology definition (%1 MB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: this is not valid JSON (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: a methodology definition is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Comptoir methodology definition (“format” must be “comptoir-methodology”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this definition needs a newer version of Comptoir (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“formatVersion” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code “%1” must be lower-case letters and digits separated by “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sections” must be a list of 1 to %1 sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each section must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another section has the same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“fields” must be a list of 1 to %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each field must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another field of this section has the same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“minRows” is greater than “maxRows”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows need “columns”: a list of 1 to %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each column must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another column has the same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column cannot be of type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is concerned by the problem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the problem, exactly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, how often, since when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does it show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it a problem? What are its causes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom would solving it make a difference?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the problem leads to. One per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem the project tackles, in one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leads to the problem. One per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The needs the project answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project provides: services, products, activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who benefits from the offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who pays, if not the beneficiaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How beneficiaries hear of the project and reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change the project brings, and how it is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be done for the offer to exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, places, equipment, skills needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the project cannot do without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales, subsidies, donations, membership fees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where: what is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“translations” must be an object, by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“translations” holds more than 20 languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“options” must translate each of the %n option(s), in order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>translation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition has no such section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section has no such field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field has no such column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodologyStore</name>
    <message>
        <source>The methodology cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already holds a different “%1”, version %2. A changed definition needs a new version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The methodology cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This methodology is not in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The methodology stored in the workspace is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The methodologies cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W and 9 digits, for an association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESUS approval of…, statutes article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holders &amp;declare it of the ESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RNA number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ESS status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Carries %n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) belong to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Other themes, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact person agreed that these details be &amp;shared with other workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommunes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mptoirs attended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the &amp;directory as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known with this number: “%1”. OK will offer to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These communes are not of the Pas-de-Calais: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the same number. Merge “%2” into it? Its projects and holders will then belong to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationListModel</name>
    <message>
        <source>SIRET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET or RNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPickerDialog</name>
    <message>
        <source>The project&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, legal form or commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the structure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Association (loi 1901)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOP (société coopérative et participative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIC (société coopérative d&apos;intérêt collectif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESUS company (approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective without statutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority or public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the ESS by its legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESUS approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS company (law of 31 July 2014)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not of the ESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1…” is too long (%2 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme cannot contain a comma: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicates could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations could not be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations could not be merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPane</name>
    <message>
        <source>&amp;Register a holder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the list: P present, A absent, E excused, I registered; Enter opens the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop yet: create one with “New workshop”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workshop is full (%n place(s)). Register them all the same?</source>
        <translation type="unfinished">
            <numerusform>The workshop is full (%n place). Register them all the same?</numerusform>
            <numerusform>The workshop is full (%n places). Register them all the same?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this workshop&apos;s list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 works on at this workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation type="unfinished">
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerSuggestions</name>
    <message>
        <source>This project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works in the whole department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comes to the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The Department&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key « %1 », fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase (asked once until Comptoir is closed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfModule</name>
    <message>
        <source>Comptoir&apos;s PDF module lacks a function: reinstall Comptoir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PitchRehearsal</name>
    <message>
        <source>Pitch rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no hook phrase yet: section « Le pitch »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: start or pause · R: start again · Enter: end the run · Esc: leave without keeping it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s &amp;remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 given: %3 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PitchRuns</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pitch runs could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pitch run needs its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remarks are too long (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pitch run could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pitch run no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PitchSheet</name>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais · pitch sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no hook phrase yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (expenses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the pitch is not written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch sheet · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pitch sheet could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch sheet - %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformExport</name>
    <message>
        <source>The profile is too large (%1 KB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a platform profile (“format” must be “comptoir-platform-profile”, “formatVersion” 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no “name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s “separator” must be one character (not a quote or a line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown value “%2” (use one of %3, or answer:&lt;section.field&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile must list between 1 and 200 “columns”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header is empty or used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body[%1]: the body cannot contain itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written, but not its attachments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintModule</name>
    <message>
        <source>Comptoir&apos;s printing module lacks a function: reinstall Comptoir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectAnswers</name>
    <message>
        <source>The answers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>The project cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised holder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDetailsPane</name>
    <message>
        <source>Holders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared ESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS status not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ceiling %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget lines yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources exceed expenses by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of expenses not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expenses %1, resources %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) written</source>
        <translation>
            <numerusform>%n answer written</numerusform>
            <numerusform>%n answers written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) attended</source>
        <translation>
            <numerusform>%n workshop attended</numerusform>
            <numerusform>%n workshops attended</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1, updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n required field(s) answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>← &amp;Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of projects (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;ition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;ptoir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Help&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for the current field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Eligibility&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Subsidy estimate&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to fields that this version of the methodology no longer has: kept, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers were written under another version of the methodology, whose fields this one no longer has. They are kept as they were and travel with the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written under “%1”, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Example&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;margin-left:8px&apos;&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Marked ready despite the checks:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %2
%n field(s) answered</source>
        <translation>
            <numerusform>%1. %2
%n field answered</numerusform>
            <numerusform>%1. %2
%n fields answered</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passes: the project can be marked ready to deposit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) pass.</source>
        <translation>
            <numerusform>%1 of %n check passes.</numerusform>
            <numerusform>%1 of %n checks pass.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the workshop and go back to it (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “%1” (%2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”, written on %3 by workspace %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %2
%3/%n required</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n required field(s) answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes, statutes, photos, letters of support, plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attachments
%n piece(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose the structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Str&amp;ucture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No structure recorded for this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, workshops attended and next steps after the comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow-up
%n step(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up
%n step(s) to do</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLinks</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link cannot be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects cannot be merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into this project: “%1” (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its answers that differed from this project&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>The list of projects cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectMerge</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s); expenses %1, resources %2</source>
        <translation type="unfinished">
            <numerusform>%n line; expenses %1, resources %2</numerusform>
            <numerusform>%n lines; expenses %1, resources %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectRecord</name>
    <message>
        <source>The project could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSearch</name>
    <message>
        <source>%1, imported on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index cannot be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Filter by title, holder, comptoir, commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln project(s)</source>
        <translation>
            <numerusform>%1 of %Ln project</numerusform>
            <numerusform>%1 of %Ln projects</numerusform>
        </translation>
    </message>
    <message>
        <source>No project matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationImport</name>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: publish the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the first line names the participants (such as “Nom”, “Prénom” or “Nom et prénom”): the first line must hold the column titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the holder it matches no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the project could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrations could not be written; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) added.</source>
        <translation>
            <numerusform>%n holder added.</numerusform>
            <numerusform>%n holders added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) already known, completed.</source>
        <translation>
            <numerusform>%n holder already known, completed.</numerusform>
            <numerusform>%n holders already known, completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) for the workshop.</source>
        <translation>
            <numerusform>%n registration for the workshop.</numerusform>
            <numerusform>%n registrations for the workshop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered.</source>
        <translation>
            <numerusform>%n already registered.</numerusform>
            <numerusform>%n already registered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) created.</source>
        <translation>
            <numerusform>%n project created.</numerusform>
            <numerusform>%n projects created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped at your request.</source>
        <translation>
            <numerusform>%n line skipped at your request.</numerusform>
            <numerusform>%n lines skipped at your request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a problem not imported.</source>
        <translation>
            <numerusform>%n line with a problem not imported.</numerusform>
            <numerusform>%n lines with a problem not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>a registration list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationImportDialog</name>
    <message>
        <source>Import registrations — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, columns separated by %2; %n line(s) after the titles.</source>
        <translation>
            <numerusform>Read as %1, columns separated by %2; %n line after the titles.</numerusform>
            <numerusform>Read as %1, columns separated by %2; %n lines after the titles.</numerusform>
        </translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop: add the holders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for the &amp;workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ready</source>
        <translation>
            <numerusform>%n line ready</numerusform>
            <numerusform>%n lines ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of which %n look(s) like a holder already known: choose for each.</source>
        <translation>
            <numerusform>, of which %n looks like a holder already known: choose what to do.</numerusform>
            <numerusform>, of which %n look like holders already known: choose for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a problem will not be imported (see “Check”).</source>
        <translation>
            <numerusform>%n line with a problem will not be imported (see “Check”).</numerusform>
            <numerusform>%n lines with a problem will not be imported (see “Check”).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 lines are shown; all are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir backs the workspace up when it opens, every ten minutes while it changes, and before an import, a migration or a restore; it keeps the last ten and one a day for thirty days. Backups are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a &amp;new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace this workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the workspace was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update of its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir workspaces (*.comptoirdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put the backup of %1 (%n project(s)) in place of this workspace? What was written since is replaced; the workspace as it is now is backed up first, so this too can be taken back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>The review cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score goes from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&amp;Open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, to sign reviews and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee&apos;s grid (0 to 5 per criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments for the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment (Ctrl+Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar projects (all comptoirs and editions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link as a &amp;duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link for &amp;cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into this project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 / 100&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every criterion to see the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no edition: its edition&apos;s categories are the criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?

“%2” keeps its answers and takes those it lacks; answers of “%1” that differ are copied into a comment. Holders, attendance, comments and links move to “%2”, then “%1” is removed. This cannot be undone; a file bringing “%1” again will not bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was merged into “%2”. Answers taken: %3; answers that differed, copied into a comment: %4; holders added: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attachments (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSearchPane</name>
    <message>
        <source>Search titles, summaries and every answer (accents need not be typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp&amp;toir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arro&amp;ndissement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;PCI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imported from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failing an eligibility check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>editions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>comptoirs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>stages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>communes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>arrondissements</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>EPCI</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>review statuses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>origins</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>categories</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preparing the search over %Ln project(s)…</source>
        <translation type="unfinished">
            <numerusform>Preparing the search over %Ln project…</numerusform>
            <numerusform>Preparing the search over %Ln projects…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking eligibility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the eligibility of the projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) found; the %1 most relevant shown.</source>
        <translation type="unfinished">
            <numerusform>%n project found; the %1 most relevant shown.</numerusform>
            <numerusform>%n projects found; the %1 most relevant shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) found.</source>
        <translation type="unfinished">
            <numerusform>%n project found.</numerusform>
            <numerusform>%n projects found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The schema version cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update of the workspace could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update script for version %1 is missing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update of the workspace could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAnswerCommand</name>
    <message>
        <source>edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetReviewStatusCommand</name>
    <message>
        <source>the review status of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetScoreCommand</name>
    <message>
        <source>the score “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetStageCommand</name>
    <message>
        <source>stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s signing key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was never made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; 120 at most).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarProjects</name>
    <message>
        <source>Similar projects cannot be looked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageOverrideDialog</name>
    <message>
        <source>Mark as ready to deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These eligibility checks do not pass yet:&lt;ul&gt;%1&lt;/ul&gt;To mark the project ready to deposit all the same, write why. The reason is kept with the project and shown to the mission officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the co-financing of the commune is voted on 12 March.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageRules</name>
    <message>
        <source>The eligibility checks do not all pass: write why the project is ready anyway, or complete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project is deposited once it is ready to deposit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a deposited project receives the committee&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubsidyEstimate</name>
    <message>
        <source>No category is chosen: the category sets what can be granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount is requested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested in the category “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is below the least the category grants (%1): nothing can be granted as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited to the category&apos;s ceiling: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the category&apos;s ceiling of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the project is labelled, it is funded in vote order until the edition&apos;s envelope of %1 runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee did not select the project: nothing is granted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Who to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and financers of the &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the partners&apos; table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other porteurs&apos; projects alike (their holders agreed to be named), to meet at the next comptoir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner of the directory meets this project&apos;s theme or territory yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 % alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project alike whose holders agreed to be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and financers to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects alike to meet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntheticWorkspace</name>
    <message>
        <source>The number of projects must be between 0 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synthetic workspace could not be filled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToFollowUpModel</name>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No contact since %1: its edition allows %n week(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>The trash could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it belonged to has been deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in the workspace again (imported since it was deleted): there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash could not be written: the deletion left no trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry of the trash is damaged: it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s). Restored, a record comes back as it was, with its answers, budget, holders and review; deleted for good, it cannot be brought back. Either way, files already sent still say it was deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete for good the %n record(s) of the trash? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashListModel</name>
    <message>
        <source>this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another workspace (%1), through an imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Venues</name>
    <message>
        <source>A comptoir needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comptoir could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comptoir could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host structure needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host structure could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host structure could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner structure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Comptoirs and host structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops are still held here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comptoir has workshops or projects: it was made inactive rather than deleted, so that their history keeps its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comptoir is in the trash (File › Trash brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk holders from their idea to a project ready to deposit on the Budget Citoyen platform, even without a network. A workspace is a single file: every change is written to it as soon as it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical details, next steps agreed with the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comptoir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopReport</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSHOP REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was marked present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects that advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections complete before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections complete after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 (+%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project was worked on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next step was noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais · workshop report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report - %1 - %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation type="unfinished">
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message>
        <source>Pitch runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pitch was rehearsed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>From the idea to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social innovation, cooperation and ESS practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering the ESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop needs a date and a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop lasts a day at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be between 0 (no limit) and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the workshop: its participants beside the editor, Ctrl+1…9 to switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comptoirs and host structures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported; nothing was changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance sheet was written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop &amp;report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came, which projects advanced and by how much, the next steps noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop report was written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move “%1” and its list of %n participant(s) to the trash? The holders and their projects stay. Ctrl+Z, or File › Trash, brings it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the deletion of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>A file named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created: the file could not be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Comptoir workspace (the file is empty, damaged or of another kind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Comptoir workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Comptoir (format %2; this version reads up to format %3). Update Comptoir to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” is read-only: Comptoir writes every change as it is made and needs to be able to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged and cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be brought up to date; it was left unchanged. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its identity is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format is not this version&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs updating to this version of Comptoir, and its backup before the update could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by an earlier version of Comptoir and needs an update, which cannot be made while it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not replaced: its own backup could not be written first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be replaced by the backup; it is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only: it cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceInfoDialog</name>
    <message>
        <source>About this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the mission officers see on the files this workspace writes, beside its key&apos;s fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name on its files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department&apos;s key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: files are signed, not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every deposit file this workspace writes is signed with its key: a mission officer reads this fingerprint to check who wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces whose files were &amp;accepted here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget « %1 » (key %2)? Its next file will be asked about as a workspace never seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces whose files were accepted here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>The workspace is already open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file “%1” cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 on %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptoir: the “de l&apos;idée au projet” workshops of the Budget Citoyen, offline.

Headless commands: create-demo, generate, export-bundle, export-platform, import, export-pdf, backup, restore (see comptoir COMMAND --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
