<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddCommentCommand</name>
    <message>
        <source>the comment</source>
        <translation>le commentaire</translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>AttachmentContent</name>
    <message>
        <source>This archive is not an office document Comptoir accepts. Accepted: %1.</source>
        <translation>Cette archive n’est pas un document bureautique que Comptoir accepte. Sont acceptés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This kind of file is not accepted. Accepted: %1.</source>
        <translation>Ce type de fichier n’est pas accepté. Sont acceptés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Classeur OpenDocument</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>PDF, JPEG, PNG, ODT, ODS, DOCX and XLSX</source>
        <translation>PDF, JPEG, PNG, ODT, ODS, DOCX et XLSX</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The attachments could not be written: %1</source>
        <translation>Les pièces jointes n’ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>il ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Statutes</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Letter of support</source>
        <translation>Lettre de soutien</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>The attachments cannot be read: %1</source>
        <translation>Les pièces jointes ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>This attachment no longer exists.</source>
        <translation>Cette pièce jointe n’existe plus.</translation>
    </message>
    <message>
        <source>A piece of %1 is over the limit of %2.</source>
        <translation>Une pièce de %1 dépasse la limite de %2.</translation>
    </message>
    <message>
        <source>A piece is shorter than it says (%1 of %2 bytes).</source>
        <translation>Une pièce est plus courte qu’annoncé (%1 octets sur %2).</translation>
    </message>
    <message>
        <source>A piece is longer than it says (more than %1 bytes).</source>
        <translation>Une pièce est plus longue qu’annoncé (plus de %1 octets).</translation>
    </message>
    <message>
        <source>A piece does not match its fingerprint (SHA-256): it was damaged.</source>
        <translation>Une pièce ne correspond pas à son empreinte (SHA-256)&#xa0;: elle a été abîmée.</translation>
    </message>
    <message>
        <source>Unknown kind of attachment: %1. Known: %2.</source>
        <translation>Type de pièce inconnu&#xa0;: %1. Types connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The caption is too long (%1 characters at most).</source>
        <translation>La légende est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n’existe plus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>%1, over the limit of %2 per piece</source>
        <translation>%1, au-delà de la limite de %2 par pièce</translation>
    </message>
    <message>
        <source>the project&apos;s pieces would take %1, over the limit of %2</source>
        <translation>les pièces du projet occuperaient %1, au-delà de la limite de %2</translation>
    </message>
    <message>
        <source>Unknown kind of attachment: %1.</source>
        <translation>Type de pièce inconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The content of this attachment is missing from the workspace.</source>
        <translation>Le contenu de cette pièce jointe manque dans l’espace de travail.</translation>
    </message>
    <message>
        <source>The content of this attachment cannot be read.</source>
        <translation>Le contenu de cette pièce jointe ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>La pièce jointe n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Accepted pieces (*.pdf *.jpg *.jpeg *.png *.odt *.ods *.docx *.xlsx);;All files (*)</source>
        <translation>Pièces acceptées (*.pdf *.jpg *.jpeg *.png *.odt *.ods *.docx *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Add pieces…</source>
        <translation>&amp;Ajouter des pièces…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>Rem&amp;placer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The selected piece</source>
        <translation>La pièce sélectionnée</translation>
    </message>
    <message>
        <source>Confidential: never in the platform&apos;s export</source>
        <translation>Confidentielle&#xa0;: jamais dans l’export vers la plateforme</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Drop files here, or use « Add pieces… ». Accepted: %1; %2 per piece, %3 per project.</source>
        <translation>Déposez des fichiers ici, ou utilisez «&#xa0;Ajouter des pièces…&#xa0;». Acceptés&#xa0;: %1&#xa0;; %2 par pièce, %3 par projet.</translation>
    </message>
    <message>
        <source>Attach quotes, statutes, photos, letters of support, plans (Ctrl+Shift+J)</source>
        <translation>Joindre devis, statuts, photos, lettres de soutien, plans (Ctrl+Maj+J)</translation>
    </message>
    <message>
        <source>Give this piece a newer file, keeping its kind and caption</source>
        <translation>Donner à cette pièce un fichier plus récent, en gardant son type et sa légende</translation>
    </message>
    <message>
        <source>Move to the trash (Suppr)</source>
        <translation>Mettre à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>e.g. Quote from the joinery for the shelves</source>
        <translation>ex. Devis de la menuiserie pour les étagères</translation>
    </message>
    <message>
        <source>Kind of the piece</source>
        <translation>Type de la pièce</translation>
    </message>
    <message>
        <source>Caption of the piece</source>
        <translation>Légende de la pièce</translation>
    </message>
    <message>
        <source>Budget line the quote backs</source>
        <translation>Ligne de budget que justifie le devis</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>&amp;Budget line</source>
        <translation>Ligne de &amp;budget</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidentielle</translation>
    </message>
    <message>
        <source>%1
%2, %3
Fingerprint (SHA-256): %4</source>
        <translation>%1
%2, %3
Empreinte (SHA-256)&#xa0;: %4</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot change the piece</source>
        <translation>Impossible de modifier la pièce</translation>
    </message>
    <message>
        <source>Attach pieces</source>
        <translation>Joindre des pièces</translation>
    </message>
    <message>
        <source>Cannot attach the pieces</source>
        <translation>Impossible de joindre les pièces</translation>
    </message>
    <message>
        <source>No piece was attached.</source>
        <translation>Aucune pièce n’a été jointe.</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) attached.</source>
        <translation>
            <numerusform>%n pièce jointe.</numerusform>
            <numerusform>%n pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were refused</source>
        <translation>Des fichiers ont été refusés</translation>
    </message>
    <message>
        <source>%1 Refused:
%2</source>
        <translation>%1 Refusés&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Cannot open the piece</source>
        <translation>Impossible d’ouvrir la pièce</translation>
    </message>
    <message>
        <source>No program of this computer opens %1 files. The piece was written to %2.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre les fichiers %1. La pièce a été écrite dans %2.</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>Remplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot replace the piece</source>
        <translation>Impossible de remplacer la pièce</translation>
    </message>
    <message>
        <source>Cannot remove the piece</source>
        <translation>Impossible de supprimer la pièce</translation>
    </message>
    <message>
        <source>No attachment.</source>
        <translation>Aucune pièce jointe.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Registered</source>
        <translation>Inscrit·e</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé·e</translation>
    </message>
    <message>
        <source>The registration could not be recorded: %1</source>
        <translation>L&apos;inscription n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This workshop or this holder no longer exists.</source>
        <translation>Cet atelier ou ce porteur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This holder was erased: they cannot be registered again.</source>
        <translation>Les données de ce porteur ont été effacées&#xa0;: il ne peut plus être inscrit.</translation>
    </message>
    <message>
        <source>This holder is already registered for this workshop.</source>
        <translation>Ce porteur est déjà inscrit à cet atelier.</translation>
    </message>
    <message numerus="yes">
        <source>The workshop is full (%n place(s)).</source>
        <translation>
            <numerusform>L&apos;atelier est complet (%n place).</numerusform>
            <numerusform>L&apos;atelier est complet (%n places).</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration could not be removed: %1</source>
        <translation>L&apos;inscription n&apos;a pas pu être retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This registration no longer exists.</source>
        <translation>Cette inscription n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The workshop takes place on %1: presence is recorded on the day.</source>
        <translation>L&apos;atelier a lieu le %1&#xa0;: la présence se note le jour même.</translation>
    </message>
    <message>
        <source>The presence could not be recorded: %1</source>
        <translation>La présence n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project could not be set: %1</source>
        <translation>Le projet n&apos;a pas pu être indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The time spent could not be recorded: %1</source>
        <translation>Le temps passé n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>Attendance - %1 - %2.pdf</source>
        <translation>Émargement - %1 - %2.pdf</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Attendance sheet · %1</source>
        <translation>Feuille d&apos;émargement · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais</source>
        <translation>Budget Citoyen du Pas-de-Calais</translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais · %1</source>
        <translation>Budget Citoyen du Pas-de-Calais · %1</translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation>Sans comptoir</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Attendance sheet · %1 (continued)</source>
        <translation>Feuille d&apos;émargement · %1 (suite)</translation>
    </message>
    <message>
        <source>The attendance sheet could not be drawn.</source>
        <translation>La feuille d&apos;émargement n&apos;a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>“%1” is not a Comptoir workspace.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un espace de travail Comptoir.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read for its backup: %2</source>
        <translation>L’espace de travail «&#xa0;%1&#xa0;» ne peut pas être lu pour sa sauvegarde&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be written: %2</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» ne peut pas être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n’a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup “%1” failed its check: %2</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n’a pas passé sa vérification&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup “%1” could not be put in place.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n’a pas pu être mise en place.</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be read back: %2</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» ne peut pas être relue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder of the backups “%1” cannot be created.</source>
        <translation>Le dossier des sauvegardes «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>“%1” already exists: a backup is restored into a new file, never over an existing one.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: une sauvegarde se restaure dans un nouveau fichier, jamais par-dessus un fichier existant.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Cette sauvegarde ne peut pas être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written to the disk.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n’a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>L’espace de travail n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Add an expense</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <source>Add a line (Ctrl+Insert in the table)</source>
        <translation>Ajouter une ligne (Ctrl+Inser dans le tableau)</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the current line (Ctrl+Delete in the table)</source>
        <translation>Supprimer la ligne courante (Ctrl+Suppr dans le tableau)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Total&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The budget has no lines yet.</source>
        <translation>Le budget n&apos;a encore aucune ligne.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b6e20&apos;&gt;✔ Balanced budget: %1 of expenses, covered by as much in resources.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b6e20&apos;&gt;✔ Budget équilibré&#xa0;: %1 de dépenses, couvertes par autant de ressources.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;✘ Resources are short of %1: the budget must balance.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;✘ Il manque %1 de ressources&#xa0;: le budget doit être équilibré.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;✘ Resources exceed expenses by %1: the budget must balance.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;✘ Les ressources dépassent les dépenses de %1&#xa0;: le budget doit être équilibré.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Requested from the Budget Citoyen: %1 · co-financing: %2 (%3 % of the resources)</source>
        <translation>Demandé au Budget Citoyen&#xa0;: %1 · cofinancements&#xa0;: %2 (%3 % des ressources)</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) attached for this line</source>
        <translation>
            <numerusform>%n devis joint pour cette ligne</numerusform>
            <numerusform>%n devis joints pour cette ligne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetLines</name>
    <message>
        <source>The budget cannot be read: %1</source>
        <translation>Le budget ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>A budget holds %1 lines at most.</source>
        <translation>Un budget compte %1 lignes au plus.</translation>
    </message>
    <message>
        <source>An amount must be between 0 and 100 million euros.</source>
        <translation>Un montant doit être compris entre 0 et 100 millions d&apos;euros.</translation>
    </message>
    <message>
        <source>The budget could not be saved: %1</source>
        <translation>Le budget n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Purchases and equipment</source>
        <translation>Achats et matériel</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Services extérieurs</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation>Frais de personnel</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Rent and premises</source>
        <translation>Locaux et loyers</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Autres dépenses</translation>
    </message>
    <message>
        <source>Commune or intercommunality</source>
        <translation>Commune ou intercommunalité</translation>
    </message>
    <message>
        <source>Other public subsidies</source>
        <translation>Autres subventions publiques</translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation>Fonds propres</translation>
    </message>
    <message>
        <source>Sponsorship and donations</source>
        <translation>Mécénat et dons</translation>
    </message>
    <message>
        <source>Activity income</source>
        <translation>Recettes d&apos;activité</translation>
    </message>
    <message>
        <source>Contributions in kind</source>
        <translation>Contributions en nature</translation>
    </message>
</context>
<context>
    <name>BundleContainer</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>the content %1 is missing from the workspace.</source>
        <translation>le contenu %1 manque dans l’espace de travail.</translation>
    </message>
    <message>
        <source>The file is not a Comptoir container: its ZIP structure is damaged.</source>
        <translation>Le fichier n’est pas un conteneur Comptoir&#xa0;: sa structure ZIP est endommagée.</translation>
    </message>
    <message>
        <source>The container holds too many members (%1 at most).</source>
        <translation>Le conteneur contient trop de membres (%1 au plus).</translation>
    </message>
    <message>
        <source>The container&apos;s member %1 cannot be read.</source>
        <translation>Le membre %1 du conteneur ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The container holds “%1” twice.</source>
        <translation>Le conteneur contient «&#xa0;%1&#xa0;» deux fois.</translation>
    </message>
    <message>
        <source>The container holds “%1”, which a Comptoir file never holds (only its document and contents named by their SHA-256).</source>
        <translation>Le conteneur contient «&#xa0;%1&#xa0;», ce qu’un fichier Comptoir ne contient jamais (seulement son document et des contenus nommés par leur SHA-256).</translation>
    </message>
    <message>
        <source>The container&apos;s member “%1” is encrypted.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» du conteneur est chiffré.</translation>
    </message>
    <message>
        <source>The container&apos;s member “%1” would expand %2 times: refused as a compression bomb.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» du conteneur se décompresserait %2 fois&#xa0;: refusé comme bombe de décompression.</translation>
    </message>
    <message>
        <source>The container would expand to more than %1 GB.</source>
        <translation>Le conteneur se décompresserait en plus de %1 Go.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; %2 MB at most).</source>
        <translation>Le fichier est trop volumineux (%1 Mo&#xa0;; %2 Mo au plus).</translation>
    </message>
    <message>
        <source>The container&apos;s member “%1” is over the limit of %2 per piece.</source>
        <translation>Le membre «&#xa0;%1&#xa0;» du conteneur dépasse la limite de %2 par pièce.</translation>
    </message>
    <message>
        <source>The container holds no document (“%1”).</source>
        <translation>Le conteneur ne contient aucun document («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The container&apos;s document cannot be read: %1</source>
        <translation>Le document du conteneur ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The container&apos;s document is not the size it says, or is damaged (%1).</source>
        <translation>Le document du conteneur n’a pas la taille annoncée, ou il est endommagé (%1).</translation>
    </message>
    <message>
        <source>The content %1 of an attachment is missing from the container.</source>
        <translation>Le contenu %1 d’une pièce jointe manque dans le conteneur.</translation>
    </message>
    <message>
        <source>The content %1 is %2 bytes in the container, %3 in the document.</source>
        <translation>Le contenu %1 fait %2 octets dans le conteneur, %3 selon le document.</translation>
    </message>
    <message>
        <source>The container holds a content no attachment of its document lists (%1).</source>
        <translation>Le conteneur contient un contenu qu’aucune pièce de son document ne mentionne (%1).</translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>%1 refers to a record that is not in the workspace.</source>
        <translation>%1 renvoie à un enregistrement absent de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be imported; the workspace is unchanged. %1</source>
        <translation>Le fichier n&apos;a pas pu être importé&#xa0;; l&apos;espace de travail est inchangé. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file&apos;s “%1”, version %2, differs from this workspace&apos;s; the workspace&apos;s is kept.</source>
        <translation>La méthodologie «&#xa0;%1&#xa0;», version %2, du fichier diffère de celle de l&apos;espace de travail&#xa0;; celle de l&apos;espace de travail est conservée.</translation>
    </message>
    <message>
        <source>project “%1”: %2</source>
        <translation>projet «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>attendance: %1</source>
        <translation>présences&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be imported:
%2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être importé&#xa0;:
%2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: %n project(s) changed both here and in the file since they last met (%2). Choose which version to keep.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas été importé&#xa0;: %n projet a été modifié ici et dans le fichier depuis leur dernier échange (%2). Choisissez la version à garder.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas été importé&#xa0;: %n projets ont été modifiés ici et dans le fichier depuis leur dernier échange (%2). Choisissez la version à garder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) of the file were merged into others here: they are left out.</source>
        <translation>
            <numerusform>%n projet du fichier a été fusionné dans un autre ici&#xa0;: il est laissé de côté.</numerusform>
            <numerusform>%n projets du fichier ont été fusionnés dans d&apos;autres ici&#xa0;: ils sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>edited here on %1, after the deletion: keep it</source>
        <translation>modifié ici le %1, après la suppression&#xa0;: le garder</translation>
    </message>
    <message>
        <source>deleted in the file&apos;s workspace on %1</source>
        <translation>supprimé dans l’espace de travail du fichier le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) of the file were deleted here after the file&apos;s version: they are left out.</source>
        <translation>
            <numerusform>%n projet du fichier a été supprimé ici après la version du fichier&#xa0;: il est laissé de côté.</numerusform>
            <numerusform>%n projets du fichier ont été supprimés ici après la version du fichier&#xa0;: ils sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the file (workshops, holders, presences, comments…) were deleted here after the file&apos;s version: they are left out.</source>
        <translation>
            <numerusform>%n élément du fichier (ateliers, porteurs, présences, commentaires…) a été supprimé ici après la version du fichier&#xa0;: il est laissé de côté.</numerusform>
            <numerusform>%n éléments du fichier (ateliers, porteurs, présences, commentaires…) ont été supprimés ici après la version du fichier&#xa0;: ils sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted here on %1</source>
        <translation>supprimé ici le %1</translation>
    </message>
    <message>
        <source>edited in the file on %1, after the deletion: restore it</source>
        <translation>modifié dans le fichier le %1, après la suppression&#xa0;: le restaurer</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>The file lists attachments but does not carry their contents (it is not a container).</source>
        <translation>Le fichier mentionne des pièces jointes mais n’en contient pas les contenus (ce n’est pas un conteneur).</translation>
    </message>
    <message>
        <source>The content %1 of an attachment is missing from the file.</source>
        <translation>Le contenu %1 d’une pièce jointe manque dans le fichier.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not the %2 its record says.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas ce qu’annonce sa fiche (%2).</translation>
    </message>
    <message>
        <source>The file is not signed: it was written by a version of Comptoir older than signatures, and nothing says who wrote it.</source>
        <translation>Le fichier n&apos;est pas signé&#xa0;: il a été écrit par une version de Comptoir antérieure aux signatures, et rien ne dit qui l&apos;a écrit.</translation>
    </message>
    <message>
        <source>Signed by this very workspace (key %1).</source>
        <translation>Signé par cet espace lui-même (clé %1).</translation>
    </message>
    <message numerus="yes">
        <source>Signed by « %1 », a workspace known here as « %2 » (key %3, %n file(s) imported).</source>
        <translation>
            <numerusform>Signé par «&#xa0;%1&#xa0;», un espace connu ici sous le nom «&#xa0;%2&#xa0;» (clé %3, %n fichier importé).</numerusform>
            <numerusform>Signé par «&#xa0;%1&#xa0;», un espace connu ici sous le nom «&#xa0;%2&#xa0;» (clé %3, %n fichiers importés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed by « %1 », a workspace known here (key %2, %n file(s) imported).</source>
        <translation>
            <numerusform>Signé par «&#xa0;%1&#xa0;», un espace connu ici (clé %2, %n fichier importé).</numerusform>
            <numerusform>Signé par «&#xa0;%1&#xa0;», un espace connu ici (clé %2, %n fichiers importés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by « %1 », a workspace never seen here (key %2): it is accepted with this import.</source>
        <translation>Signé par «&#xa0;%1&#xa0;», un espace jamais vu ici (clé %2)&#xa0;: il sera reconnu après cet import.</translation>
    </message>
    <message>
        <source>It came sealed for the Department.</source>
        <translation>Il est arrivé scellé pour le Département.</translation>
    </message>
    <message>
        <source>Warning: « %1 » is known here with another key (%2, accepted on %3); this file is signed with the key %4. Someone may be passing for that workspace, or it was made again on another computer: check with its facilitator, reading the fingerprints out, before importing.</source>
        <translation>Attention&#xa0;: «&#xa0;%1&#xa0;» est connu ici avec une autre clé (%2, acceptée le %3)&#xa0;; ce fichier est signé avec la clé %4. Quelqu&apos;un se fait peut-être passer pour cet espace, ou il a été recréé sur un autre ordinateur&#xa0;: vérifiez auprès de son animateur, en lisant les empreintes à voix haute, avant d&apos;importer.</translation>
    </message>
    <message>
        <source>FOREIGN KEY constraint failed: %1 refers to a row of %2 that is not there.</source>
        <translation>Référence non tenue (FOREIGN KEY) : %1 renvoie à une ligne de %2 qui n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Older than here</source>
        <translation>Plus ancien qu&apos;ici</translation>
    </message>
    <message>
        <source>Newer: replaces</source>
        <translation>Plus récent&#xa0;: remplace</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Projects in the file</source>
        <translation>Projets du fichier</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Ce que fait l&apos;import</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Champs modifiés des deux côtés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In this workspace</source>
        <translation>Dans cet espace de travail</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>&amp;Keep everything from this workspace</source>
        <translation>&amp;Tout garder de cet espace</translation>
    </message>
    <message>
        <source>&amp;Take everything from the file</source>
        <translation>Tout &amp;prendre du fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Projects imported</source>
        <translation>Projets importés</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>File written on %1 by the workspace %2 (Comptoir %3).</source>
        <translation>Fichier écrit le %1 par l&apos;espace de travail %2 (Comptoir %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n new project(s), %1 newer, %2 identical or older, %3 changed on both sides.</source>
        <translation>
            <numerusform>%n nouveau projet, %1 plus récent(s), %2 identique(s) ou plus ancien(s), %3 modifié(s) des deux côtés.</numerusform>
            <numerusform>%n nouveaux projets, %1 plus récent(s), %2 identique(s) ou plus ancien(s), %3 modifié(s) des deux côtés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This very file was already imported on %1.</source>
        <translation>Ce même fichier a déjà été importé le %1.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was changed here and in the file since they last met. Choose, field by field, the version to keep:</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ici et dans le fichier depuis leur dernier échange. Choisissez, champ par champ, la version à garder&#xa0;:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>“%1” imported.</source>
        <translation>«&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <source>Added: %1 · Updated: %2 · Skipped (identical or older): %3 · Conflicts settled: %4</source>
        <translation>Ajoutés&#xa0;: %1 · Mis à jour&#xa0;: %2 · Ignorés (identiques ou plus anciens)&#xa0;: %3 · Conflits réglés&#xa0;: %4</translation>
    </message>
    <message>
        <source>Also %1 record(s) added and %2 updated among the comptoirs, workshops, holders and organisations the projects refer to.</source>
        <translation>Et %1 fiche(s) ajoutée(s), %2 mise(s) à jour parmi les comptoirs, ateliers, porteurs et structures auxquels les projets renvoient.</translation>
    </message>
    <message>
        <source>The file brought nothing new: the workspace is unchanged.</source>
        <translation>Le fichier n&apos;apportait rien de nouveau&#xa0;: l&apos;espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>“%1” imported</source>
        <translation>«&#xa0;%1&#xa0;» importé</translation>
    </message>
    <message>
        <source>For each project changed on both sides, choose field by field which version to keep: this workspace&apos;s is kept unless you choose the file&apos;s (click it, or Space; Left and Right arrows).</source>
        <translation>Pour chaque projet modifié des deux côtés, choisissez champ par champ la version à garder&#xa0;: celle de cet espace est gardée sauf si vous choisissez celle du fichier (cliquez dessus, ou Espace&#xa0;; flèches gauche et droite).</translation>
    </message>
    <message>
        <source>Deleted in the file: to the trash</source>
        <translation>Supprimé dans le fichier&#xa0;: à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) of this workspace were deleted in the file&apos;s workspace: they go to the trash here.</source>
        <translation>
            <numerusform>%n projet de cet espace de travail a été supprimé dans l’espace de travail du fichier&#xa0;: il va à la corbeille ici.</numerusform>
            <numerusform>%n projets de cet espace de travail ont été supprimés dans l’espace de travail du fichier&#xa0;: ils vont à la corbeille ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted as in the file: %1 project(s) (in the trash) and %2 other record(s).</source>
        <translation>Supprimés comme dans le fichier&#xa0;: %1 projet(s) (à la corbeille) et %2 autre(s) élément(s).</translation>
    </message>
    <message>
        <source>Deleted (in the trash)</source>
        <translation>Supprimé (à la corbeille)</translation>
    </message>
    <message>
        <source>Conflict settled: deleted</source>
        <translation>Conflit réglé&#xa0;: supprimé</translation>
    </message>
    <message>
        <source>Conflict settled: kept</source>
        <translation>Conflit réglé&#xa0;: gardé</translation>
    </message>
    <message numerus="yes">
        <source>Conflict settled (%1 of %n field(s) from the file)</source>
        <translation>
            <numerusform>Conflit réglé (%1 champ sur %n pris du fichier)</numerusform>
            <numerusform>Conflit réglé (%1 champs sur %n pris du fichier)</numerusform>
        </translation>
    </message>
    <message>
        <source>I &amp;checked the fingerprints with its facilitator: import it anyway</source>
        <translation>J&apos;ai &amp;vérifié les empreintes avec son animateur&#xa0;: l&apos;importer quand même</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; %2 MB at most).</source>
        <translation>Le fichier est trop gros (%1 Mo&#xa0;; %2 Mo au plus).</translation>
    </message>
    <message>
        <source>This is not a Comptoir file: it is not JSON (%1 at byte %2).</source>
        <translation>Ce n&apos;est pas un fichier Comptoir&#xa0;: ce n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>This is not a Comptoir file (its “format” is not “comptoir-bundle”).</source>
        <translation>Ce n&apos;est pas un fichier Comptoir (son «&#xa0;format&#xa0;» n&apos;est pas «&#xa0;comptoir-bundle&#xa0;»).</translation>
    </message>
    <message>
        <source>“formatVersion” is missing or is not a whole number.</source>
        <translation>«&#xa0;formatVersion&#xa0;» manque ou n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>This file was made by a newer Comptoir (format version %1; this one reads version %2): update Comptoir to import it.</source>
        <translation>Ce fichier a été fait par un Comptoir plus récent (format version %1&#xa0;; celui-ci lit la version %2)&#xa0;: mettez Comptoir à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>“content” is missing or is not an object.</source>
        <translation>«&#xa0;content&#xa0;» manque ou n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>“sha256” is missing: the file cannot be checked.</source>
        <translation>«&#xa0;sha256&#xa0;» manque&#xa0;: le fichier ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>The checksum does not match: the file was changed or damaged after it was written.</source>
        <translation>La somme de contrôle ne correspond pas&#xa0;: le fichier a été modifié ou abîmé après avoir été écrit.</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>«&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <source>“exportedAt” is not a timestamp.</source>
        <translation>«&#xa0;exportedAt&#xa0;» n&apos;est pas un horodatage.</translation>
    </message>
    <message>
        <source>“%1” is missing or is not a list.</source>
        <translation>«&#xa0;%1&#xa0;» manque ou n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>“%1” holds %2 records; %3 at most.</source>
        <translation>«&#xa0;%1&#xa0;» contient %2 enregistrements&#xa0;; %3 au plus.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>%1.uuid is not a UUID.</source>
        <translation>%1.uuid n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>%1.uuid %2 appears twice.</source>
        <translation>%1.uuid %2 apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1.%2 is not a timestamp.</source>
        <translation>%1.%2 n&apos;est pas un horodatage.</translation>
    </message>
    <message>
        <source>%1.origin is not a UUID.</source>
        <translation>%1.origin n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 manque.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters at most).</source>
        <translation>%1 est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>%1: unknown value “%2” (allowed: %3).</source>
        <translation>%1&#xa0;: valeur inconnue «&#xa0;%2&#xa0;» (valeurs permises&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1 has the wrong type or form.</source>
        <translation>%1 n&apos;a pas le bon type ou la bonne forme.</translation>
    </message>
    <message>
        <source>%1[%2].%3 refers to %4 %5, which is not in the file.</source>
        <translation>%1[%2].%3 renvoie à %4 %5, absent du fichier.</translation>
    </message>
    <message>
        <source>%1.year must be between 2000 and 2100.</source>
        <translation>%1.year doit être compris entre 2000 et 2100.</translation>
    </message>
    <message>
        <source>%1.version must be 1 or more.</source>
        <translation>%1.version doit valoir 1 ou plus.</translation>
    </message>
    <message>
        <source>%1.definition is not a methodology Comptoir can use: %2</source>
        <translation>%1.definition n&apos;est pas une méthodologie que Comptoir peut utiliser&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 repeats %2.</source>
        <translation>%1 répète %2.</translation>
    </message>
    <message>
        <source>a category code of its edition</source>
        <translation>un code de catégorie de son édition</translation>
    </message>
    <message>
        <source>a consent of the same holder</source>
        <translation>un consentement du même porteur</translation>
    </message>
    <message>
        <source>a holder of the same project</source>
        <translation>un porteur du même projet</translation>
    </message>
    <message>
        <source>the lead holder of the same project</source>
        <translation>le porteur principal du même projet</translation>
    </message>
    <message>
        <source>an answer of the same project</source>
        <translation>une réponse du même projet</translation>
    </message>
    <message>
        <source>the same holder at the same workshop</source>
        <translation>le même porteur au même atelier</translation>
    </message>
    <message>
        <source>%1.secondsSpent must not be negative.</source>
        <translation>%1.secondsSpent ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>%1.capacity must not be negative.</source>
        <translation>%1.capacity ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>%1.scoreWeight must be between 0 and 100.</source>
        <translation>%1.scoreWeight doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>the review of the same project</source>
        <translation>l&apos;instruction du même projet</translation>
    </message>
    <message>
        <source>a score of the same project and criterion</source>
        <translation>une note du même projet pour le même critère</translation>
    </message>
    <message>
        <source>%1.score must be between 0 and 5.</source>
        <translation>%1.score doit être compris entre 0 et 5.</translation>
    </message>
    <message>
        <source>%1 links a project to itself.</source>
        <translation>%1 lie un projet à lui-même.</translation>
    </message>
    <message>
        <source>a link between the same projects</source>
        <translation>un lien entre les mêmes projets</translation>
    </message>
    <message>
        <source>a methodology&apos;s code and version</source>
        <translation>le code et la version d’une méthodologie</translation>
    </message>
    <message>
        <source>the same deleted record</source>
        <translation>le même élément supprimé</translation>
    </message>
    <message>
        <source>%1.%2 is not a UUID.</source>
        <translation>%1.%2 n’est pas un UUID.</translation>
    </message>
    <message>
        <source>tombstones[%1] says that %2 %3 was deleted, but the file brings it.</source>
        <translation>tombstones[%1] dit que %2 %3 a été supprimé, mais le fichier l’apporte.</translation>
    </message>
    <message>
        <source>%1.size must be between 0 and %2 bytes.</source>
        <translation>%1.size doit être compris entre 0 et %2 octets.</translation>
    </message>
    <message>
        <source>%1: the project&apos;s pieces are over %2 bytes.</source>
        <translation>%1&#xa0;: les pièces du projet dépassent %2 octets.</translation>
    </message>
    <message>
        <source>%1.size differs from another piece of the same content.</source>
        <translation>%1.size diffère de celle d’une autre pièce du même contenu.</translation>
    </message>
    <message>
        <source>a comptoir of the same partner</source>
        <translation>un comptoir du même partenaire</translation>
    </message>
    <message>
        <source>The file is damaged: an envelope inside an envelope.</source>
        <translation>Le fichier est endommagé&#xa0;: une enveloppe dans une enveloppe.</translation>
    </message>
    <message>
        <source>The file was written by another workspace (%1) than the one that signed it (« %2 », %3): it cannot be imported.</source>
        <translation>Le fichier a été écrit par un autre espace (%1) que celui qui l&apos;a signé («&#xa0;%2&#xa0;», %3)&#xa0;: il ne peut pas être importé.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The file could not be prepared: %1</source>
        <translation>Le fichier n&apos;a pas pu être préparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChartsModule</name>
    <message>
        <source>Comptoir&apos;s charts module lacks a function: reinstall Comptoir.</source>
        <translation>Il manque une fonction au module de graphiques de Comptoir&#xa0;: réinstallez Comptoir.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Creates a workspace filled with synthetic projects.</source>
        <translation>Crée un espace de travail rempli de projets synthétiques.</translation>
    </message>
    <message>
        <source>Creates the demo workspace.</source>
        <translation>Crée l&apos;espace de démonstration.</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>Le fichier d&apos;espace de travail à créer.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Number of projects (up to 10,000,000).</source>
        <translation>Nombre de projets (10 000 000 au plus).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same content.</source>
        <translation>Graine du générateur&#xa0;: la même graine donne le même contenu.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Language of the messages: fr or en.</source>
        <translation>Langue des messages&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Say which file to create with --out.</source>
        <translation>Indiquez le fichier à créer avec --out.</translation>
    </message>
    <message>
        <source>Demo workspace created: %1</source>
        <translation>Espace de démonstration créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The number of projects must be a whole number between 0 and 10,000,000.</source>
        <translation>Le nombre de projets doit être un nombre entier compris entre 0 et 10 000 000.</translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation>La graine doit être un nombre entier.</translation>
    </message>
    <message>
        <source>%1 of %2 projects…</source>
        <translation>%1 projets sur %2…</translation>
    </message>
    <message>
        <source>%1 projects generated in %2 s: %3</source>
        <translation>%1 projets générés en %2 s&#xa0;: %3</translation>
    </message>
    <message>
        <source>Writes the chosen projects, with what they refer to, to a .comptoir file.</source>
        <translation>Écrit les projets choisis, avec ce à quoi ils se rapportent, dans un fichier .comptoir.</translation>
    </message>
    <message>
        <source>The workspace to read.</source>
        <translation>L&apos;espace de travail à lire.</translation>
    </message>
    <message>
        <source>The .comptoir file to write.</source>
        <translation>Le fichier .comptoir à écrire.</translation>
    </message>
    <message>
        <source>Every project at this stage (idea, structuring, ready, deposited, labelled, not_selected).</source>
        <translation>Tous les projets à ce stade (idea, structuring, ready, deposited, labelled, not_selected).</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stade</translation>
    </message>
    <message>
        <source>A project, by its UUID (may be repeated).</source>
        <translation>Un projet, par son UUID (peut être répété).</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>Say which workspace to read with --workspace and which file to write with --out.</source>
        <translation>Indiquez l&apos;espace de travail à lire avec --workspace et le fichier à écrire avec --out.</translation>
    </message>
    <message>
        <source>Unknown stage “%1”: use one of %2.</source>
        <translation>Stade «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>Say which projects to write with --stage or --project.</source>
        <translation>Indiquez les projets à écrire avec --stage ou --project.</translation>
    </message>
    <message>
        <source>No project has the UUID %1 in this workspace; nothing was written.</source>
        <translation>Aucun projet n&apos;a l&apos;UUID %1 dans cet espace de travail&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written to %1</source>
        <translation>
            <numerusform>%n projet écrit dans %1</numerusform>
            <numerusform>%n projets écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports a .comptoir file into a workspace: new projects are added, newer versions replace older ones, the rest is skipped.</source>
        <translation>Importe un fichier .comptoir dans un espace de travail&#xa0;: les nouveaux projets sont ajoutés, les versions plus récentes remplacent les plus anciennes, le reste est ignoré.</translation>
    </message>
    <message>
        <source>The workspace to import into.</source>
        <translation>L&apos;espace de travail dans lequel importer.</translation>
    </message>
    <message>
        <source>Where a project changed on both sides, keep the workspace&apos;s version.</source>
        <translation>Pour un projet modifié des deux côtés, garder la version de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Where a project changed on both sides, take the file&apos;s version.</source>
        <translation>Pour un projet modifié des deux côtés, prendre la version du fichier.</translation>
    </message>
    <message>
        <source>The .comptoir file to import.</source>
        <translation>Le fichier .comptoir à importer.</translation>
    </message>
    <message>
        <source>Say which workspace to import into with --workspace, and give one .comptoir file.</source>
        <translation>Indiquez l&apos;espace de travail avec --workspace, et un fichier .comptoir.</translation>
    </message>
    <message>
        <source>--keep-local and --take-file cannot be used together.</source>
        <translation>--keep-local et --take-file ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Added: %1, updated: %2, skipped: %3, conflicts settled: %4.</source>
        <translation>Ajoutés&#xa0;: %1, mis à jour&#xa0;: %2, ignorés&#xa0;: %3, conflits réglés&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Writes the chosen projects as a platform file (CSV or JSON), one row per project, as a profile describes (Decidim&apos;s by default).</source>
        <translation>Écrit les projets choisis dans un fichier pour la plateforme (CSV ou JSON), une ligne par projet, comme le décrit un profil (celui de Decidim par défaut).</translation>
    </message>
    <message>
        <source>csv (the default) or json.</source>
        <translation>csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>A platform profile (JSON) instead of Decidim&apos;s.</source>
        <translation>Un profil de plateforme (JSON) au lieu de celui de Decidim.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv or json.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez csv ou json.</translation>
    </message>
    <message>
        <source>Writes the dossiers of the chosen projects as PDF: one file each in a folder, or all in one file with --combined. Every project when none is chosen.</source>
        <translation>Écrit les dossiers des projets choisis en PDF&#xa0;: un fichier par projet dans un dossier, ou tous dans un seul fichier avec --combined. Tous les projets si aucun n&apos;est choisi.</translation>
    </message>
    <message>
        <source>The folder to write the dossiers in (the file with --combined).</source>
        <translation>Le dossier où écrire les dossiers de projet (le fichier avec --combined).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>One PDF holding every dossier.</source>
        <translation>Un seul PDF contenant tous les dossiers.</translation>
    </message>
    <message>
        <source>Say which workspace to read with --workspace and where to write with --out.</source>
        <translation>Indiquez l&apos;espace de travail à lire avec --workspace et où écrire avec --out.</translation>
    </message>
    <message>
        <source>“%1” is a folder: with --combined, --out names the PDF file to write.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;: avec --combined, --out désigne le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>“%1” is a file: --out names the folder to write the dossiers in (or use --combined).</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier&#xa0;: --out désigne le dossier où écrire les dossiers de projet (ou utilisez --combined).</translation>
    </message>
    <message>
        <source>No project to write: nothing was written.</source>
        <translation>Aucun projet à écrire&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 of %2 dossiers…</source>
        <translation>%1 dossiers sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) written to %1</source>
        <translation>
            <numerusform>%n dossier écrit dans %1</numerusform>
            <numerusform>%n dossiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted as in the file: %1 project(s) (in the trash), %2 other record(s).</source>
        <translation>Supprimés comme dans le fichier&#xa0;: %1 projet(s) (à la corbeille), %2 autre(s) élément(s).</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before the import could not be written. %1</source>
        <translation>Rien n’a été importé&#xa0;: la sauvegarde d’avant l’import n’a pas pu être écrite. %1</translation>
    </message>
    <message>
        <source>Writes a checked backup of a workspace, to the workspace&apos;s folder of backups unless --out says where.</source>
        <translation>Écrit une sauvegarde vérifiée d’un espace de travail, dans le dossier des sauvegardes de l’espace de travail sauf si --out dit où.</translation>
    </message>
    <message>
        <source>The workspace to back up.</source>
        <translation>L’espace de travail à sauvegarder.</translation>
    </message>
    <message>
        <source>The backup file to write (replaced if it exists).</source>
        <translation>Le fichier de sauvegarde à écrire (remplacé s’il existe).</translation>
    </message>
    <message>
        <source>Say which workspace to back up with --workspace.</source>
        <translation>Indiquez l’espace de travail à sauvegarder avec --workspace.</translation>
    </message>
    <message numerus="yes">
        <source>Backup written and checked (%n project(s)): %1</source>
        <translation>
            <numerusform>Sauvegarde écrite et vérifiée (%n projet)&#xa0;: %1</numerusform>
            <numerusform>Sauvegarde écrite et vérifiée (%n projets)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a workspace from a backup, into a new file (never over an existing one).</source>
        <translation>Écrit un espace de travail à partir d’une sauvegarde, dans un nouveau fichier (jamais par-dessus un fichier existant).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>The workspace file to write; it must not exist.</source>
        <translation>Le fichier d’espace de travail à écrire&#xa0;; il ne doit pas exister.</translation>
    </message>
    <message>
        <source>Say which backup to restore with --backup, and where with --out.</source>
        <translation>Indiquez la sauvegarde à restaurer avec --backup, et où avec --out.</translation>
    </message>
    <message>
        <source>Workspace restored: %1</source>
        <translation>Espace de travail restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Other records (comptoirs, holders, workshops, reviews…): %1, %2.</source>
        <translation>Autres enregistrements (comptoirs, porteurs, ateliers, instructions…)&#xa0;: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 Import the file from that window, or close it first.</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1 Importez le fichier depuis cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No project has the UUID %1 in this workspace.</source>
        <translation>Aucun projet n’a l’UUID %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Attaches files to a project: PDF, JPEG, PNG, ODT, ODS, DOCX or XLSX, 25 MB each at most, 200 MB per project. All or nothing: one file refused, none is attached.</source>
        <translation>Joint des fichiers à un projet&#xa0;: PDF, JPEG, PNG, ODT, ODS, DOCX ou XLSX, 25 Mo chacun au plus, 200 Mo par projet. Tout ou rien&#xa0;: un fichier refusé, aucun n’est joint.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>L’espace de travail.</translation>
    </message>
    <message>
        <source>The project, by its UUID.</source>
        <translation>Le projet, par son UUID.</translation>
    </message>
    <message>
        <source>What the files are: %1 (guessed from each file when not said).</source>
        <translation>Ce que sont les fichiers&#xa0;: %1 (deviné d’après chaque fichier s’il n’est pas dit).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Their caption.</source>
        <translation>Leur légende.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The files to attach.</source>
        <translation>Les fichiers à joindre.</translation>
    </message>
    <message>
        <source>Say which workspace with --workspace, which project with --project, and give at least one file.</source>
        <translation>Indiquez l’espace de travail avec --workspace, le projet avec --project, et donnez au moins un fichier.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use one of %2.</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>Nothing was attached: %1 Attach the files from that window, or close it first.</source>
        <translation>Aucune pièce n’a été jointe&#xa0;: %1 Joignez les fichiers depuis cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <source>Nothing was attached: %1</source>
        <translation>Aucune pièce n’a été jointe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was attached:
%1</source>
        <translation>Aucune pièce n’a été jointe&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Lists a project&apos;s attachments, one per line: SHA-256, kind, size in bytes, name.</source>
        <translation>Liste les pièces jointes d’un projet, une par ligne&#xa0;: SHA-256, type, taille en octets, nom.</translation>
    </message>
    <message>
        <source>Say which workspace with --workspace and which project with --project.</source>
        <translation>Indiquez l’espace de travail avec --workspace et le projet avec --project.</translation>
    </message>
    <message>
        <source>Each dossier followed by its PDF attachments, with bookmarks (dossier complet; not with --combined).</source>
        <translation>Chaque dossier suivi de ses pièces jointes PDF, avec des signets (dossier complet&#xa0;; pas avec --combined).</translation>
    </message>
    <message>
        <source>--complete writes one PDF per project: it cannot be used with --combined.</source>
        <translation>--complete écrit un PDF par projet&#xa0;: il ne peut pas être utilisé avec --combined.</translation>
    </message>
    <message numerus="yes">
        <source>Their attachments, to upload by hand (never the confidential ones): %n file(s) in %1</source>
        <translation>
            <numerusform>Leurs pièces jointes, à déposer à la main (jamais les confidentielles)&#xa0;: %n fichier dans %1</numerusform>
            <numerusform>Leurs pièces jointes, à déposer à la main (jamais les confidentielles)&#xa0;: %n fichiers dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give the passphrase with --passphrase-file (a file whose first line it is), or type it at a terminal.</source>
        <translation>Donnez la phrase de passe avec --passphrase-file (un fichier dont c&apos;est la première ligne), ou tapez-la dans un terminal.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La même phrase de passe, à nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was done.</source>
        <translation>Les deux phrases de passe diffèrent&#xa0;; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Seal the file for this public key (a Department key file), not for the workspace&apos;s.</source>
        <translation>Sceller le fichier pour cette clé publique (un fichier de clé du Département), et non pour celle de l&apos;espace.</translation>
    </message>
    <message>
        <source>Do not seal the file (it is still signed): only for a file without personal data.</source>
        <translation>Ne pas sceller le fichier (il reste signé)&#xa0;: seulement pour un fichier sans donnée personnelle.</translation>
    </message>
    <message>
        <source>--seal-for and --no-seal cannot be used together.</source>
        <translation>--seal-for et --no-seal ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Signed by this workspace, not sealed.</source>
        <translation>Signé par cet espace, non scellé.</translation>
    </message>
    <message>
        <source>Sealed for “%1” (key %2) and signed by this workspace.</source>
        <translation>Scellé pour «&#xa0;%1&#xa0;» (clé %2) et signé par cet espace.</translation>
    </message>
    <message>
        <source>For a sealed file: a file whose first line is the passphrase of the Department&apos;s key (else it is typed).</source>
        <translation>Pour un fichier scellé&#xa0;: un fichier dont la première ligne est la phrase de passe de la clé du Département (sinon, elle est demandée).</translation>
    </message>
    <message>
        <source>For a sealed file: the Department&apos;s secret key file, when the workspace does not say where it is.</source>
        <translation>Pour un fichier scellé&#xa0;: le fichier de la clé secrète du Département, quand l&apos;espace ne dit pas où il est.</translation>
    </message>
    <message>
        <source>Import even if a workspace of the same name is known here with another key (checked with its facilitator).</source>
        <translation>Importer même si un espace du même nom est connu ici avec une autre clé (vérifié avec son animateur).</translation>
    </message>
    <message>
        <source>The file is sealed for the Department (key %1), and this workspace has no Department key: give its key file with --key-file.</source>
        <translation>Le fichier est scellé pour le Département (clé %1), et cet espace n&apos;a pas de clé du Département&#xa0;: donnez son fichier de clé avec --key-file.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file is sealed for another key (fingerprint %1), not for the Department&apos;s key (%2).</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier est scellé pour une autre clé (empreinte %1), pas pour la clé du Département (%2).</translation>
    </message>
    <message>
        <source>Creates the Department&apos;s key pair. Its secret half, locked by a passphrase, goes to the file --out (keep it safe: without it and its passphrase, files sealed for the key cannot be opened); with --workspace, that workspace opens the files sealed for it.</source>
        <translation>Crée la paire de clés du Département. Sa partie secrète, verrouillée par une phrase de passe, va dans le fichier --out (gardez-le en lieu sûr&#xa0;: sans lui et sans sa phrase de passe, les fichiers scellés pour la clé ne peuvent pas être ouverts)&#xa0;; avec --workspace, cet espace ouvre les fichiers scellés pour elle.</translation>
    </message>
    <message>
        <source>The secret key file to write.</source>
        <translation>Le fichier de clé secrète à écrire.</translation>
    </message>
    <message>
        <source>The key&apos;s name.</source>
        <translation>Le nom de la clé.</translation>
    </message>
    <message>
        <source>Département du Pas-de-Calais</source>
        <translation>Département du Pas-de-Calais</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase (else it is typed).</source>
        <translation>Un fichier dont la première ligne est la phrase de passe (sinon, elle est demandée).</translation>
    </message>
    <message>
        <source>Say which key file to write with --out.</source>
        <translation>Dites quel fichier de clé écrire avec --out.</translation>
    </message>
    <message>
        <source>“%1” already exists: a key file is never overwritten.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: un fichier de clé n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>No key was made: %1</source>
        <translation>Aucune clé n&apos;a été créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Department&apos;s key was made: %1</source>
        <translation>La clé du Département a été créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writes the Department&apos;s public key, the file facilitators import, from a workspace that knows it or from the secret key file.</source>
        <translation>Écrit la clé publique du Département, le fichier que les animateurs importent, depuis un espace qui la connaît ou depuis le fichier de clé secrète.</translation>
    </message>
    <message>
        <source>The public key file to write.</source>
        <translation>Le fichier de clé publique à écrire.</translation>
    </message>
    <message>
        <source>The secret key file.</source>
        <translation>Le fichier de clé secrète.</translation>
    </message>
    <message>
        <source>Say which file to write with --out, and where the key is with --workspace or --key.</source>
        <translation>Dites quel fichier écrire avec --out, et où est la clé avec --workspace ou --key.</translation>
    </message>
    <message>
        <source>This workspace knows no Department key.</source>
        <translation>Cet espace ne connaît aucune clé du Département.</translation>
    </message>
    <message>
        <source>The Department&apos;s public key was written: %1</source>
        <translation>La clé publique du Département a été écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Records the Department&apos;s public key in a workspace: the files it writes are then sealed for the Department. Compare the fingerprint printed with the one the Department gave you.</source>
        <translation>Enregistre la clé publique du Département dans un espace&#xa0;: les fichiers qu&apos;il écrit sont alors scellés pour le Département. Comparez l&apos;empreinte affichée avec celle que le Département vous a donnée.</translation>
    </message>
    <message>
        <source>The public key file.</source>
        <translation>Le fichier de clé publique.</translation>
    </message>
    <message>
        <source>Say which workspace with --workspace, and give one public key file.</source>
        <translation>Dites quel espace avec --workspace, et donnez un fichier de clé publique.</translation>
    </message>
    <message>
        <source>The key was not recorded: %1</source>
        <translation>La clé n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This workspace holds the secret half of another Department key (%1): remove it first, from the window.</source>
        <translation>Cet espace détient la partie secrète d&apos;une autre clé du Département (%1)&#xa0;: retirez-la d&apos;abord, depuis la fenêtre.</translation>
    </message>
    <message>
        <source>This workspace already knows this key (%1).</source>
        <translation>Cet espace connaît déjà cette clé (%1).</translation>
    </message>
    <message>
        <source>The Department&apos;s key “%1” was recorded; the files this workspace writes are now sealed for it.</source>
        <translation>La clé du Département «&#xa0;%1&#xa0;» a été enregistrée&#xa0;; les fichiers que cet espace écrit sont désormais scellés pour elle.</translation>
    </message>
    <message>
        <source>Prints the workspace&apos;s signing key, its Department key and the workspaces whose files it accepted.</source>
        <translation>Affiche la clé de signature de l&apos;espace, sa clé du Département et les espaces dont il a accepté les fichiers.</translation>
    </message>
    <message>
        <source>Say which workspace with --workspace.</source>
        <translation>Dites quel espace avec --workspace.</translation>
    </message>
    <message>
        <source>Signs as: %1 (%2)</source>
        <translation>Signe sous le nom&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>Clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Department key: none (files are signed, not sealed)</source>
        <translation>Clé du Département&#xa0;: aucune (les fichiers sont signés, pas scellés)</translation>
    </message>
    <message>
        <source>Department key: %1 (%2), %3</source>
        <translation>Clé du Département&#xa0;: %1 (%2), %3</translation>
    </message>
    <message>
        <source>secret half in this workspace</source>
        <translation>partie secrète dans cet espace</translation>
    </message>
    <message>
        <source>secret half in %1</source>
        <translation>partie secrète dans %1</translation>
    </message>
    <message>
        <source>public half only</source>
        <translation>partie publique seulement</translation>
    </message>
    <message numerus="yes">
        <source>Known workspace: %1	%2	%n file(s)</source>
        <translation>
            <numerusform>Espace connu&#xa0;: %1	%2	%n fichier</numerusform>
            <numerusform>Espace connu&#xa0;: %1	%2	%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>comptoir keys create --out KEYFILE [--workspace W] [--label L] [--passphrase-file F]
comptoir keys export-public --out FILE (--workspace W | --key KEYFILE)
comptoir keys import-public FILE --workspace W
comptoir keys show --workspace W</source>
        <translation>comptoir keys create --out FICHIERCLÉ [--workspace E] [--label NOM] [--passphrase-file F]
comptoir keys export-public --out FICHIER (--workspace E | --key FICHIERCLÉ)
comptoir keys import-public FICHIER --workspace E
comptoir keys show --workspace E</translation>
    </message>
    <message>
        <source>No key was made: %1 Use File › The Department’s key… in that window, or close it first.</source>
        <translation>Aucune clé n&apos;a été créée&#xa0;: %1 Passez par Fichier › Clé du Département… dans cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The key was not recorded: %1 Use File › The Department’s key… in that window, or close it first.</source>
        <translation>La clé n&apos;a pas été enregistrée&#xa0;: %1 Passez par Fichier › Clé du Département… dans cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>CommuneCodes</name>
    <message>
        <source>The communes could not be matched: %1</source>
        <translation>Les communes n&apos;ont pas pu être reconnues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The communes could not be read: %1</source>
        <translation>Les communes n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommuneListModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Communes</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CommunesToCheckDialog</name>
    <message>
        <source>Communes to check</source>
        <translation>Communes à vérifier</translation>
    </message>
    <message>
        <source>Project or comptoir</source>
        <translation>Projet ou comptoir</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Telle qu&apos;écrite</translation>
    </message>
    <message>
        <source>&amp;Open the project</source>
        <translation>&amp;Ouvrir le projet</translation>
    </message>
    <message>
        <source>A comptoir: correct it in Workshop › Comptoirs.</source>
        <translation>Un comptoir&#xa0;: corrigez-le dans Atelier › Comptoirs.</translation>
    </message>
    <message>
        <source>Comptoir&apos;s commune</source>
        <translation>Commune du comptoir</translation>
    </message>
    <message>
        <source>Every commune named in this workspace is a commune of the Pas-de-Calais.</source>
        <translation>Toutes les communes citées dans cet espace de travail sont des communes du Pas-de-Calais.</translation>
    </message>
    <message numerus="yes">
        <source>Comptoir knows the %1 communes of the Pas-de-Calais. These %n name(s) are not among them: a spelling to correct, or a place outside the department. They were kept as written; the projects concerned are “to check” for eligibility.</source>
        <translation>
            <numerusform>Comptoir connaît les %1 communes du Pas-de-Calais. Ce nom n&apos;en fait pas partie&#xa0;: une orthographe à corriger, ou un lieu hors du département. Il a été gardé tel qu&apos;écrit&#xa0;; le projet concerné est «&#xa0;à vérifier&#xa0;» pour la recevabilité.</numerusform>
            <numerusform>Comptoir connaît les %1 communes du Pas-de-Calais. Ces %n noms n&apos;en font pas partie&#xa0;: une orthographe à corriger, ou un lieu hors du département. Ils ont été gardés tels qu&apos;écrits&#xa0;; les projets concernés sont «&#xa0;à vérifier&#xa0;» pour la recevabilité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Perhaps</source>
        <translation>Peut-être</translation>
    </message>
</context>
<context>
    <name>CompletePdf</name>
    <message>
        <source>“%1” was left out: it cannot be read as a PDF (%2).</source>
        <translation>«&#xa0;%1&#xa0;» a été laissé de côté&#xa0;: il ne peut pas être lu comme un PDF (%2).</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create the Department&apos;s key</source>
        <translation>Créer la clé du Département</translation>
    </message>
    <message>
        <source>Made once, by a mission officer, for the whole department. Choose a long passphrase (a sentence of several words): it is asked once per session to open sealed files, and it cannot be recovered if it is lost.</source>
        <translation>Créée une seule fois, par un chargé de mission, pour tout le département. Choisissez une longue phrase de passe (une phrase de plusieurs mots)&#xa0;: elle est demandée une fois par session pour ouvrir les fichiers scellés, et elle ne peut pas être retrouvée si elle est perdue.</translation>
    </message>
    <message>
        <source>Département du Pas-de-Calais</source>
        <translation>Département du Pas-de-Calais</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À nouve&amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>Where its secret half is kept</source>
        <translation>Où garder sa partie secrète</translation>
    </message>
    <message>
        <source>In this &amp;workspace</source>
        <translation>Dans cet &amp;espace de travail</translation>
    </message>
    <message>
        <source>In a key &amp;file of its own (on a USB key, say)</source>
        <translation>Dans un &amp;fichier de clé à part (sur une clé USB, par exemple)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The Department&apos;s key file</source>
        <translation>Le fichier de clé du Département</translation>
    </message>
    <message>
        <source>departement-cle-secrete.comptoir-cle</source>
        <translation>departement-cle-secrete.comptoir-cle</translation>
    </message>
    <message>
        <source>Comptoir keys (*.comptoir-cle);;All files (*)</source>
        <translation>Clés Comptoir (*.comptoir-cle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give the key a name.</source>
        <translation>Donnez un nom à la clé.</translation>
    </message>
    <message>
        <source>The passphrase: %1 characters at least (%2 typed).</source>
        <translation>La phrase de passe&#xa0;: %1 caractères au moins (%2 tapés).</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Tapez à nouveau la même phrase de passe.</translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation>Choisissez le fichier de clé.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (avec BOM)</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel)</source>
        <translation>Windows-1252 (Excel)</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not.</source>
        <translation>Le fichier se déclare en UTF-8 mais contient des octets qui n&apos;en sont pas.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but holds bytes that are not.</source>
        <translation>Le fichier se déclare en UTF-16 mais contient des octets qui n&apos;en sont pas.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data): export the sheet as CSV from the spreadsheet.</source>
        <translation>Ce n&apos;est pas un fichier texte (il contient des données binaires)&#xa0;: exportez la feuille au format CSV depuis le tableur.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); a registration list holds at most %2 MB.</source>
        <translation>Le fichier est trop gros (%1 Mo)&#xa0;; une liste d&apos;inscriptions fait au plus %2 Mo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters.</source>
        <translation>Ligne %1&#xa0;: une cellule dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
        <translation>Ligne %1&#xa0;: plus de %2 colonnes.</translation>
    </message>
    <message>
        <source>The file holds more than %1 lines.</source>
        <translation>Le fichier compte plus de %1 lignes.</translation>
    </message>
    <message>
        <source>Line %1: a quote opened here is never closed.</source>
        <translation>Ligne %1&#xa0;: un guillemet ouvert ici n&apos;est jamais refermé.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); %2 holds at most %3 MB.</source>
        <translation>Le fichier est trop gros (%1 Mo)&#xa0;; %2 fait au plus %3 Mo.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>The dashboard cannot be read: %1</source>
        <translation>Le tableau de bord ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>This edition no longer exists.</source>
        <translation>Cette édition n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Comptoirs</source>
        <translation>Comptoirs</translation>
    </message>
    <message>
        <source>Deposit of dossiers</source>
        <translation>Dépôt des dossiers</translation>
    </message>
    <message>
        <source>Labelling committee</source>
        <translation>Comité de labellisation</translation>
    </message>
    <message>
        <source>Citizen vote</source>
        <translation>Vote citoyen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Requested (€)</source>
        <translation>Demandé (€)</translation>
    </message>
    <message>
        <source>Estimated (€)</source>
        <translation>Estimé (€)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
    <message>
        <source>Subsidies requested</source>
        <translation>Subventions demandées</translation>
    </message>
    <message>
        <source>Subsidies estimated</source>
        <translation>Subventions estimées</translation>
    </message>
    <message>
        <source>Envelope of the edition</source>
        <translation>Enveloppe de l&apos;édition</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Elapsed (%)</source>
        <translation>Écoulé (%)</translation>
    </message>
    <message>
        <source>Arrondissement</source>
        <translation>Arrondissement</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>(outside the department or not given)</source>
        <translation>(hors du département ou non indiquée)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>É&amp;dition&#xa0;:</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Table as &amp;CSV…</source>
        <translation>Tableau en &amp;CSV…</translation>
    </message>
    <message>
        <source>Comptoirs</source>
        <translation>Comptoirs</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stades</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>&amp;Refresh the dashboard</source>
        <translation>&amp;Actualiser le tableau de bord</translation>
    </message>
    <message>
        <source>Export the chart as &amp;PNG…</source>
        <translation>Exporter le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export the table as &amp;CSV…</source>
        <translation>Exporter le tableau en &amp;CSV…</translation>
    </message>
    <message>
        <source>Every edition</source>
        <translation>Toutes les éditions</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n project(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n projet&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n projets&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 requested · %2 estimated</source>
        <translation> · %1 demandés · %2 estimés</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>Autres (%n)</numerusform>
            <numerusform>Autres (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects by %1</source>
        <translation>Projets par %1</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>Subsidies in thousands of euros</source>
        <translation>Subventions, en milliers d&apos;euros</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>dates not set</source>
        <translation>dates non fixées</translation>
    </message>
    <message>
        <source>Choose an edition to see its calendar</source>
        <translation>Choisissez une édition pour voir son calendrier</translation>
    </message>
    <message>
        <source>Calendar of %1: elapsed, in %, on %2</source>
        <translation>Calendrier de %1&#xa0;: part écoulée, en %, au %2</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>There is no dashboard to export.</source>
        <translation>Il n&apos;y a pas de tableau de bord à exporter.</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Arrondissements</source>
        <translation>Arrondissements</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source> · the estimates take %2 % of the envelope of %1</source>
        <translation> · les subventions estimées font %2&#xa0;% de l&apos;enveloppe de %1</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Chiffres&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Deletions</name>
    <message>
        <source>The projects could not be deleted: %1</source>
        <translation>Les projets n’ont pas pu être supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workshop could not be deleted: %1</source>
        <translation>L’atelier n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The holder could not be deleted: %1</source>
        <translation>Le porteur n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown kind of record: %1</source>
        <translation>Sorte d’enregistrement inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” could not be restored: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The trash could not be written: %1</source>
        <translation>La corbeille n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Workshop of %1</source>
        <translation>Atelier du %1</translation>
    </message>
    <message>
        <source>Workshop of %1, %2</source>
        <translation>Atelier du %1, %2</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>The attachment could not be deleted: %1</source>
        <translation>La pièce jointe n’a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>%1 (of “%2”)</source>
        <translation>%1 (de «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>The organisation could not be deleted: %1</source>
        <translation>La structure n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The entry could not be deleted: %1</source>
        <translation>L&apos;entrée n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Follow-up contact</source>
        <translation>Contact de suivi</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Pitch run</source>
        <translation>Passage du pitch</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data is missing from this build of Comptoir.</source>
        <translation>Les données de démonstration manquent dans cette version de Comptoir.</translation>
    </message>
    <message>
        <source>The demo data is damaged: %1</source>
        <translation>Les données de démonstration sont endommagées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo workspace could not be filled: %1</source>
        <translation>L&apos;espace de démonstration n&apos;a pas pu être rempli&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DepartmentKey</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a key file: it is far too large (%2 KB).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier de clé&#xa0;: il est bien trop gros (%2 Ko).</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not a Comptoir key file.</source>
        <translation>Ce n&apos;est pas un fichier de clé Comptoir.</translation>
    </message>
    <message>
        <source>This file holds only the Department&apos;s public key, not its secret key.</source>
        <translation>Ce fichier ne contient que la clé publique du Département, pas sa clé secrète.</translation>
    </message>
    <message>
        <source>This key file was made by a newer version of Comptoir: update Comptoir to read it.</source>
        <translation>Ce fichier de clé a été fait par une version plus récente de Comptoir&#xa0;: mettez Comptoir à jour pour le lire.</translation>
    </message>
    <message>
        <source>The key file is damaged: its public key is unreadable.</source>
        <translation>Le fichier de clé est endommagé&#xa0;: sa clé publique est illisible.</translation>
    </message>
    <message>
        <source>The key file is damaged: the fingerprint it shows is not its key&apos;s.</source>
        <translation>Le fichier de clé est endommagé&#xa0;: l&apos;empreinte qu&apos;il affiche n&apos;est pas celle de sa clé.</translation>
    </message>
    <message>
        <source>The key file is damaged: its secret part is unreadable.</source>
        <translation>Le fichier de clé est endommagé&#xa0;: sa partie secrète est illisible.</translation>
    </message>
    <message>
        <source>The passphrase could not be processed: the computer lacks memory (%1 MB needed).</source>
        <translation>La phrase de passe n&apos;a pas pu être traitée&#xa0;: l&apos;ordinateur manque de mémoire (%1 Mo nécessaires).</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>La bibliothèque de cryptographie ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The passphrase is too short: %1 characters at least.</source>
        <translation>La phrase de passe est trop courte&#xa0;: %1 caractères au moins.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the Department&apos;s key stays locked.</source>
        <translation>Mauvaise phrase de passe&#xa0;: la clé du Département reste verrouillée.</translation>
    </message>
    <message>
        <source>The key file is damaged: its secret part is not its public key&apos;s.</source>
        <translation>Le fichier de clé est endommagé&#xa0;: sa partie secrète ne correspond pas à sa clé publique.</translation>
    </message>
    <message>
        <source>This workspace holds only the Department&apos;s public key: files sealed for it are opened by the mission officers&apos; workspace that holds its secret key.</source>
        <translation>Cet espace ne détient que la clé publique du Département&#xa0;: les fichiers scellés pour elle s&apos;ouvrent dans l&apos;espace des chargés de mission, qui détient sa clé secrète.</translation>
    </message>
    <message>
        <source>The Department&apos;s key file “%1” is not there (a USB key not plugged in?).</source>
        <translation>Le fichier de clé du Département «&#xa0;%1&#xa0;» est introuvable (une clé USB non branchée&#xa0;?).</translation>
    </message>
    <message>
        <source>“%1” holds another key than the Department&apos;s key of this workspace (fingerprint %2).</source>
        <translation>«&#xa0;%1&#xa0;» contient une autre clé que la clé du Département de cet espace (empreinte %2).</translation>
    </message>
    <message>
        <source>The Department&apos;s key could not be recorded: %1</source>
        <translation>La clé du Département n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is the Department&apos;s secret key file, not its public key: hand out the public key only (File › The Department’s key…, “Export the public key”).</source>
        <translation>C&apos;est le fichier de la clé secrète du Département, pas sa clé publique&#xa0;: ne diffusez que la clé publique (Fichier › Clé du Département…, «&#xa0;Exporter la clé publique&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>DepartmentKeyDialog</name>
    <message>
        <source>Comptoir keys (*.comptoir-cle);;All files (*)</source>
        <translation>Clés Comptoir (*.comptoir-cle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The Department&apos;s key</source>
        <translation>Clé du Département</translation>
    </message>
    <message>
        <source>Deposit files hold personal data and projects not yet published. Once this workspace knows the Department&apos;s key, the files it writes are sealed for it: only the mission officers, who hold its secret half and its passphrase, can open them. Every file is also signed by the workspace that writes it.</source>
        <translation>Les fichiers de dépôt contiennent des données personnelles et des projets pas encore publiés. Dès que cet espace connaît la clé du Département, les fichiers qu&apos;il écrit sont scellés pour elle&#xa0;: seuls les chargés de mission, qui détiennent sa partie secrète et sa phrase de passe, peuvent les ouvrir. Chaque fichier est aussi signé par l&apos;espace qui l&apos;écrit.</translation>
    </message>
    <message>
        <source>Key of this workspace</source>
        <translation>Clé de cet espace</translation>
    </message>
    <message>
        <source>&amp;Import the public key…</source>
        <translation>&amp;Importer la clé publique…</translation>
    </message>
    <message>
        <source>Facilitators: the file the Department handed out.</source>
        <translation>Animateurs&#xa0;: le fichier que le Département a diffusé.</translation>
    </message>
    <message>
        <source>&amp;Create the Department&apos;s key…</source>
        <translation>&amp;Créer la clé du Département…</translation>
    </message>
    <message>
        <source>Mission officers: once, for the whole department.</source>
        <translation>Chargés de mission&#xa0;: une seule fois, pour tout le département.</translation>
    </message>
    <message>
        <source>&amp;Export the public key…</source>
        <translation>&amp;Exporter la clé publique…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>&amp;Remove the key…</source>
        <translation>&amp;Retirer la clé…</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Aucune clé</translation>
    </message>
    <message>
        <source>The deposit files this workspace writes are signed, not sealed. Import the public key the Department handed out (a facilitator), or create it (a mission officer, once).</source>
        <translation>Les fichiers de dépôt que cet espace écrit sont signés, pas scellés. Importez la clé publique diffusée par le Département (animateur), ou créez-la (chargé de mission, une seule fois).</translation>
    </message>
    <message>
        <source>« %1 », made on %2.</source>
        <translation>«&#xa0;%1&#xa0;», créée le %2.</translation>
    </message>
    <message>
        <source>The deposit files this workspace writes are sealed for it. Compare its fingerprint, above, with the one the Department gave you.</source>
        <translation>Les fichiers de dépôt que cet espace écrit sont scellés pour elle. Comparez son empreinte, ci-dessus, avec celle que le Département vous a donnée.</translation>
    </message>
    <message>
        <source>Its secret half is kept in this workspace, locked by its passphrase.</source>
        <translation>Sa partie secrète est gardée dans cet espace, verrouillée par sa phrase de passe.</translation>
    </message>
    <message>
        <source>Its secret half is in the key file %1, locked by its passphrase.</source>
        <translation>Sa partie secrète est dans le fichier de clé %1, verrouillée par sa phrase de passe.</translation>
    </message>
    <message>
        <source>Unlocked for this session: sealed files open without asking.</source>
        <translation>Déverrouillée pour cette session&#xa0;: les fichiers scellés s&apos;ouvrent sans rien demander.</translation>
    </message>
    <message>
        <source>Locked: its passphrase is asked at the first sealed file.</source>
        <translation>Verrouillée&#xa0;: sa phrase de passe sera demandée au premier fichier scellé.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Import the Department&apos;s public key</source>
        <translation>Importer la clé publique du Département</translation>
    </message>
    <message>
        <source>This workspace already knows this key (%1).</source>
        <translation>Cet espace connaît déjà cette clé (%1).</translation>
    </message>
    <message>
        <source>It replaces the key %1.</source>
        <translation>Elle remplace la clé %1.</translation>
    </message>
    <message>
        <source>Import the key « %1 »?

Its fingerprint: %2

Compare it, character by character, with the one the Department gave you (by phone or on paper). %3The deposit files of this workspace will be sealed for it.</source>
        <translation>Importer la clé «&#xa0;%1&#xa0;»&#xa0;?

Son empreinte&#xa0;: %2

Comparez-la, caractère par caractère, avec celle que le Département vous a donnée (par téléphone ou sur papier). %3Les fichiers de dépôt de cet espace seront scellés pour elle.</translation>
    </message>
    <message>
        <source>The Department&apos;s key is made; its fingerprint: %1.

Write its public half now, the file to hand out to facilitators? Without its passphrase%2, nobody can open the files sealed for it: write the passphrase down somewhere safe.</source>
        <translation>La clé du Département est créée&#xa0;; son empreinte&#xa0;: %1.

Écrire maintenant sa partie publique, le fichier à diffuser aux animateurs&#xa0;? Sans sa phrase de passe%2, personne ne peut ouvrir les fichiers scellés pour elle&#xa0;: notez la phrase de passe en lieu sûr.</translation>
    </message>
    <message>
        <source> and its key file</source>
        <translation> et son fichier de clé</translation>
    </message>
    <message>
        <source>Export the Department&apos;s public key</source>
        <translation>Exporter la clé publique du Département</translation>
    </message>
    <message>
        <source>departement-cle-publique.comptoir-cle</source>
        <translation>departement-cle-publique.comptoir-cle</translation>
    </message>
    <message>
        <source>The public key is written to %1. Hand it out with its fingerprint, %2, said separately (by phone): facilitators compare it when they import the file.</source>
        <translation>La clé publique est écrite dans %1. Diffusez-la avec son empreinte, %2, transmise à part (par téléphone)&#xa0;: les animateurs la comparent en important le fichier.</translation>
    </message>
    <message>
        <source>Unlock the Department&apos;s key for this session.</source>
        <translation>Déverrouiller la clé du Département pour cette session.</translation>
    </message>
    <message>
        <source>Remove the Department&apos;s key from this workspace? Its secret half is kept only here: unless it was saved elsewhere, the files sealed for it can never be opened again.</source>
        <translation>Retirer la clé du Département de cet espace&#xa0;? Sa partie secrète n&apos;est gardée qu&apos;ici&#xa0;: sauf si elle a été sauvegardée ailleurs, les fichiers scellés pour elle ne pourront plus jamais être ouverts.</translation>
    </message>
    <message>
        <source>Remove the Department&apos;s key from this workspace? The files it writes will be signed, not sealed, until a key is imported again.</source>
        <translation>Retirer la clé du Département de cet espace&#xa0;? Les fichiers qu&apos;il écrit seront signés, pas scellés, jusqu&apos;à ce qu&apos;une clé soit de nouveau importée.</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind (financer, partner…)</source>
        <translation>Type (financeur, partenaire…)</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>Numéro RNA</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Territory (communes)</source>
        <translation>Territoire (communes)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Contact&apos;s consent</source>
        <translation>Consentement du contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The file has column titles but no partner.</source>
        <translation>Le fichier a des titres de colonnes mais aucun partenaire.</translation>
    </message>
    <message>
        <source>not communes of the Pas-de-Calais, left out: %1</source>
        <translation>communes hors du Pas-de-Calais, laissées de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is already on an earlier line.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà sur une ligne précédente.</translation>
    </message>
    <message>
        <source>Line %1: the organisation it updates no longer exists.</source>
        <translation>Ligne %1&#xa0;: la structure qu&apos;elle met à jour n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The directory could not be written: %1</source>
        <translation>L&apos;annuaire n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>a list of partners</source>
        <translation>une liste de partenaires</translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <source>Import partners and financers</source>
        <translation>Importer des partenaires et financeurs</translation>
    </message>
    <message>
        <source>“%1”: %2, separated by « %3 ». Check what each column holds.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2, séparé par «&#xa0;%3&#xa0;». Vérifiez ce que contient chaque colonne.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>What each line becomes</source>
        <translation>Ce que devient chaque ligne</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) to add</source>
        <translation>
            <numerusform>%n partenaire à ajouter</numerusform>
            <numerusform>%n partenaires à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known, to update</source>
        <translation>
            <numerusform>%n déjà connu, à mettre à jour</numerusform>
            <numerusform>%n déjà connus, à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: refused — %2</source>
        <translation>Ligne %1&#xa0;: refusée — %2</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Ligne %1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>already known, updated</source>
        <translation>déjà connue, mise à jour</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search the directory</source>
        <translation>Chercher dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Find: name, legal form, SIRET, commune…</source>
        <translation>Chercher&#xa0;: nom, forme juridique, SIRET, commune…</translation>
    </message>
    <message>
        <source>Which organisations</source>
        <translation>Quelles structures</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les structures</translation>
    </message>
    <message>
        <source>Porteurs&apos; structures</source>
        <translation>Structures des porteurs</translation>
    </message>
    <message>
        <source>Partners and financers</source>
        <translation>Partenaires et financeurs</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>A new structure, partner or financer</source>
        <translation>Une nouvelle structure, un partenaire ou un financeur</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation>&amp;Doublons…</translation>
    </message>
    <message>
        <source>Organisations with the same SIRET or RNA number, to merge</source>
        <translation>Les structures de même numéro SIRET ou RNA, à fusionner</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move the organisation to the trash (Delete)</source>
        <translation>Mettre la structure à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>A partner&apos;s contact details leave this computer only when the contact person agreed to it.</source>
        <translation>Les coordonnées d&apos;un partenaire ne quittent cet ordinateur que si la personne à contacter l&apos;a accepté.</translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)…</source>
        <translation>&amp;Doublons (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n structure</numerusform>
            <numerusform>%n structures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation>Mettre «&#xa0;%1&#xa0;» à la corbeille&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) and holders lose their structure until it is restored.</source>
        <translation>
            <numerusform>%n projet et ses porteurs perdent leur structure jusqu&apos;à ce qu&apos;elle soit restaurée.</numerusform>
            <numerusform>%n projets et leurs porteurs perdent leur structure jusqu&apos;à ce qu&apos;elle soit restaurée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the organisation</source>
        <translation>Supprimer la structure</translation>
    </message>
    <message>
        <source>Duplicate organisations</source>
        <translation>Structures en double</translation>
    </message>
    <message>
        <source>Organisations with the same SIRET or RNA number. Choose the one to keep in each group and merge the others into it: their projects and holders then belong to it.</source>
        <translation>Les structures qui ont le même numéro SIRET ou RNA. Choisissez dans chaque groupe celle à garder et fusionnez-y les autres&#xa0;: leurs projets et leurs porteurs lui appartiennent alors.</translation>
    </message>
    <message>
        <source>&amp;Merge the others into the chosen one</source>
        <translation>&amp;Fusionner les autres dans celle choisie</translation>
    </message>
    <message>
        <source>No duplicates: every number is held once.</source>
        <translation>Aucun doublon&#xa0;: chaque numéro n&apos;apparaît qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Choose the organisation to keep in its group.</source>
        <translation>Choisissez la structure à garder dans son groupe.</translation>
    </message>
    <message>
        <source>&amp;Import a CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Partners and financers from a spreadsheet&apos;s CSV file</source>
        <translation>Des partenaires et financeurs depuis le fichier CSV d&apos;un tableur</translation>
    </message>
    <message>
        <source>Import partners and financers</source>
        <translation>Importer des partenaires et financeurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) added</source>
        <translation>
            <numerusform>%n partenaire ajouté</numerusform>
            <numerusform>%n partenaires ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out</source>
        <translation>
            <numerusform>%n ligne laissée de côté</numerusform>
            <numerusform>%n lignes laissées de côté</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Not filled in</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>EFFECTS</source>
        <translation>EFFETS</translation>
    </message>
    <message>
        <source>CAUSES</source>
        <translation>CAUSES</translation>
    </message>
    <message>
        <source>MAIN PROBLEM</source>
        <translation>PROBLÈME CENTRAL</translation>
    </message>
    <message>
        <source>Not filled in (required)</source>
        <translation>Non renseigné (obligatoire)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation>Sans comptoir</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>PROJECT DOSSIER</source>
        <translation>DOSSIER DE PROJET</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Subsidy requested</source>
        <translation>Subvention demandée</translation>
    </message>
    <message>
        <source>Subsidy estimated</source>
        <translation>Subvention estimée</translation>
    </message>
    <message>
        <source>Comptoirs attended</source>
        <translation>Comptoirs fréquentés</translation>
    </message>
    <message>
        <source>Dossier produced on %1 from the workspace&apos;s data. Methodology: %2. Project reference: %3.</source>
        <translation>Dossier produit le %1 à partir des données de l&apos;espace de travail. Méthodologie&#xa0;: %2. Référence du projet&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>The project in a few lines</source>
        <translation>Le projet en quelques lignes</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total des dépenses</translation>
    </message>
    <message>
        <source>Total resources</source>
        <translation>Total des ressources</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Expected beneficiaries</source>
        <translation>Bénéficiaires attendus</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Démarrage prévu</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Progress through the methodology</source>
        <translation>Avancement dans la méthodologie</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Required answered</source>
        <translation>Obligatoires renseignés</translation>
    </message>
    <message>
        <source>Fields answered</source>
        <translation>Champs renseignés</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Balance (resources − expenses)</source>
        <translation>Solde (ressources − dépenses)</translation>
    </message>
    <message>
        <source>of which the Budget Citoyen</source>
        <translation>dont le Budget Citoyen</translation>
    </message>
    <message>
        <source>Co-financing (other resources)</source>
        <translation>Cofinancements (autres ressources)</translation>
    </message>
    <message>
        <source>The budget is not balanced.</source>
        <translation>Le budget n&apos;est pas équilibré.</translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translation>Réponses archivées</translation>
    </message>
    <message>
        <source>Answers to questions the current methodology no longer asks, kept as they were written.</source>
        <translation>Réponses à des questions que la méthodologie actuelle ne pose plus, gardées telles qu&apos;elles ont été écrites.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Satisfaite</translation>
    </message>
    <message>
        <source>✘ Not passed</source>
        <translation>✘ Non satisfaite</translation>
    </message>
    <message>
        <source>? To check</source>
        <translation>? À vérifier</translation>
    </message>
    <message>
        <source>No check applies to this edition.</source>
        <translation>Aucune vérification ne s&apos;applique à cette édition.</translation>
    </message>
    <message>
        <source>Marked ready although a check did not pass, because</source>
        <translation>Marqué prêt à déposer malgré une vérification non satisfaite, parce que</translation>
    </message>
    <message>
        <source>Subsidy estimate</source>
        <translation>Estimation de la subvention</translation>
    </message>
    <message>
        <source>Produced by %1 on %2 with the methodology %3. The answers are the holders&apos; own words, as written at the comptoirs.</source>
        <translation>Produit par %1 le %2 avec la méthodologie %3. Les réponses sont les mots des porteurs, tels qu&apos;ils ont été écrits aux comptoirs.</translation>
    </message>
    <message>
        <source>Holder %1 (name not published)</source>
        <translation>Porteur·se %1 (nom non publié)</translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais</source>
        <translation>Budget Citoyen du Pas-de-Calais</translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais · %1</source>
        <translation>Budget Citoyen du Pas-de-Calais · %1</translation>
    </message>
    <message>
        <source>Project dossier · produced on %1</source>
        <translation>Dossier de projet · produit le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The dossier could not be drawn.</source>
        <translation>Le dossier n&apos;a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>Dossier - %1.pdf</source>
        <translation>Dossier - %1.pdf</translation>
    </message>
    <message>
        <source>untitled project</source>
        <translation>projet sans titre</translation>
    </message>
    <message>
        <source>Dossier · %1</source>
        <translation>Dossier · %1</translation>
    </message>
    <message>
        <source>In full, the texts the diagram shortens:</source>
        <translation>En entier, les textes que le schéma raccourcit&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) passed</source>
        <translation>
            <numerusform>%1 vérification sur %n satisfaite</numerusform>
            <numerusform>%1 vérifications sur %n satisfaites</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Caption and file</source>
        <translation>Légende et fichier</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne de budget</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(confidentielle)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dossier: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-up of the support</source>
        <translation>Suivi de l&apos;accompagnement</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) with the facilitators</source>
        <translation>
            <numerusform>%n contact avec les animateurs</numerusform>
            <numerusform>%n contacts avec les animateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) attended</source>
        <translation>
            <numerusform>%n atelier suivi</numerusform>
            <numerusform>%n ateliers suivis</numerusform>
        </translation>
    </message>
    <message>
        <source>; last met on %1.</source>
        <translation>&#xa0;; dernière rencontre le %1.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
</context>
<context>
    <name>DossierBatch</name>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message numerus="yes">
        <source>Project dossiers (%n project(s))</source>
        <translation>
            <numerusform>Dossiers de projet (%n projet)</numerusform>
            <numerusform>Dossiers de projet (%n projets)</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossiers could not be drawn.</source>
        <translation>Les dossiers n&apos;ont pas pu être dessinés.</translation>
    </message>
</context>
<context>
    <name>DossierExportDialog</name>
    <message>
        <source>Export dossiers as PDF</source>
        <translation>Exporter les dossiers en PDF</translation>
    </message>
    <message>
        <source>A dossier per project, in French, for the file and the committee: cover, summary, every section with its answers, budget, eligibility. Contact details never appear in it; a holder&apos;s name only with their consent.</source>
        <translation>Un dossier par projet, pour le classement et le comité&#xa0;: couverture, synthèse, chaque section avec ses réponses, budget, éligibilité. Les coordonnées n&apos;y figurent jamais&#xa0;; le nom d&apos;un porteur seulement avec son accord.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message numerus="yes">
        <source>The project(s) chosen in the list (%n)</source>
        <translation>
            <numerusform>Le projet choisi dans la liste (%n)</numerusform>
            <numerusform>Les projets choisis dans la liste (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project(s) the list shows (%n)</source>
        <translation>
            <numerusform>Le projet affiché par la liste (%n)</numerusform>
            <numerusform>Les projets affichés par la liste (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every project “ready to deposit” (%n)</source>
        <translation>
            <numerusform>Tous les projets «&#xa0;prêts à déposer&#xa0;» (%n)</numerusform>
            <numerusform>Tous les projets «&#xa0;prêts à déposer&#xa0;» (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>One PDF per project, in a folder</source>
        <translation>Un PDF par projet, dans un dossier</translation>
    </message>
    <message>
        <source>One PDF holding every dossier</source>
        <translation>Un seul PDF contenant tous les dossiers</translation>
    </message>
    <message>
        <source>&amp;Write the dossiers…</source>
        <translation>É&amp;crire les dossiers…</translation>
    </message>
    <message>
        <source>Dossiers %1.pdf</source>
        <translation>Dossiers %1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the folder for the dossiers</source>
        <translation>Choisir le dossier où écrire les dossiers</translation>
    </message>
    <message>
        <source>Writing the dossiers…</source>
        <translation>Écriture des dossiers…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Dossier %1 of %2: %3</source>
        <translation>Dossier %1 sur %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n complete dossier(s) written, no partial file left behind.</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %n dossier complet écrit, aucun fichier partiel laissé.</numerusform>
            <numerusform>Arrêté&#xa0;: %n dossiers complets écrits, aucun fichier partiel laissé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossiers could not all be written: %1</source>
        <translation>Les dossiers n&apos;ont pas tous pu être écrits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dossier complet: each followed by its PDF attachments</source>
        <translation>Dossier complet&#xa0;: chacun suivi de ses pièces jointes PDF</translation>
    </message>
    <message>
        <source>The quotes, statutes and letters in PDF appended after the dossier, with a bookmark for each</source>
        <translation>Les devis, statuts et lettres en PDF ajoutés après le dossier, avec un signet pour chacun</translation>
    </message>
    <message>
        <source>The dossiers were written, but some attachments could not be appended:
%1</source>
        <translation>Les dossiers ont été écrits, mais certaines pièces jointes n’ont pas pu être ajoutées&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>EditingSession</name>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <source>The edition cannot be read: %1</source>
        <translation>L&apos;édition ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>This edition no longer exists.</source>
        <translation>Cette édition n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Budget Citoyen %1</source>
        <translation>Budget Citoyen %1</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Social innovation</source>
        <translation>Innovation sociale</translation>
    </message>
    <message>
        <source>Values of the ESS</source>
        <translation>Valeurs de l&apos;ESS</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>L&apos;année doit être comprise entre 2000 et 2100.</translation>
    </message>
    <message>
        <source>The edition needs a name.</source>
        <translation>L&apos;édition doit avoir un nom.</translation>
    </message>
    <message>
        <source>The envelope must be between 0 and a billion euros.</source>
        <translation>L&apos;enveloppe doit être comprise entre 0 et un milliard d&apos;euros.</translation>
    </message>
    <message>
        <source>the comptoirs</source>
        <translation>des comptoirs</translation>
    </message>
    <message>
        <source>the deposits</source>
        <translation>des dépôts</translation>
    </message>
    <message>
        <source>the committee</source>
        <translation>du comité</translation>
    </message>
    <message>
        <source>the vote</source>
        <translation>du vote</translation>
    </message>
    <message>
        <source>Give both dates of %1, or neither.</source>
        <translation>Indiquez les deux dates %1, ou aucune.</translation>
    </message>
    <message>
        <source>The period of %1 ends before it starts.</source>
        <translation>La période %1 finit avant de commencer.</translation>
    </message>
    <message>
        <source>Every category needs a name.</source>
        <translation>Chaque catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two categories are named “%1”.</source>
        <translation>Deux catégories s&apos;appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The amounts of “%1” are out of range.</source>
        <translation>Les montants de «&#xa0;%1&#xa0;» sont hors limites.</translation>
    </message>
    <message>
        <source>The floor of “%1” is above its ceiling.</source>
        <translation>Le plancher de «&#xa0;%1&#xa0;» dépasse son plafond.</translation>
    </message>
    <message>
        <source>The edition could not be saved: %1</source>
        <translation>L&apos;édition n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The category “%1” cannot be removed: %n project(s) belong to it.</source>
        <translation>
            <numerusform>La catégorie «&#xa0;%1&#xa0;» ne peut pas être supprimée&#xa0;: %n projet en relève.</numerusform>
            <numerusform>La catégorie «&#xa0;%1&#xa0;» ne peut pas être supprimée&#xa0;: %n projets en relèvent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount from which quotes are asked must be a number of euros.</source>
        <translation>Le montant à partir duquel des devis sont demandés doit être un nombre d’euros.</translation>
    </message>
    <message>
        <source>A project is to follow up after 1 to 52 weeks without contact.</source>
        <translation>Un projet est à relancer après 1 à 52 semaines sans contact.</translation>
    </message>
    <message>
        <source>A pitch lasts from 30 seconds to 30 minutes.</source>
        <translation>Un pitch dure de 30 secondes à 30 minutes.</translation>
    </message>
</context>
<context>
    <name>EditionDialog</name>
    <message>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <source>Edition rules</source>
        <translation>Règles de l&apos;édition</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>É&amp;dition&#xa0;:</translation>
    </message>
    <message>
        <source>New edition…</source>
        <translation>Nouvelle édition…</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>En&amp;velope (€):</source>
        <translation>En&amp;veloppe (€)&#xa0;:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Comptoirs:</source>
        <translation>Comptoirs&#xa0;:</translation>
    </message>
    <message>
        <source>Deposit of projects:</source>
        <translation>Dépôt des projets&#xa0;:</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>Comité&#xa0;:</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Vote&#xa0;:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Résultats&#xa0;:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Floor (€)</source>
        <translation>Plancher (€)</translation>
    </message>
    <message>
        <source>Ceiling (€)</source>
        <translation>Plafond (€)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Remove the category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>Eligibility checks applied</source>
        <translation>Critères d&apos;éligibilité appliqués</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Nouvelle édition</translation>
    </message>
    <message>
        <source>&amp;Quotes from (€):</source>
        <translation>&amp;Devis à partir de (€)&#xa0;:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>&amp;Follow up after:</source>
        <translation>&amp;Relancer après&#xa0;:</translation>
    </message>
    <message>
        <source>A project with no contact for this long is listed « À relancer ».</source>
        <translation>Un projet sans contact depuis ce temps apparaît dans «&#xa0;À relancer&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>&amp;Pitch&#xa0;:</translation>
    </message>
    <message>
        <source>The time a pitch is given in a rehearsal (minutes:seconds).</source>
        <translation>Le temps donné à un pitch en répétition (minutes:secondes).</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>The eligibility cannot be checked: %1</source>
        <translation>La recevabilité ne peut pas être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The structure belongs to the social and solidarity economy</source>
        <translation>La structure relève de l&apos;économie sociale et solidaire</translation>
    </message>
    <message>
        <source>The holders answered “%1”: the structure&apos;s ESS status is to be confirmed.</source>
        <translation>Les porteurs ont répondu «&#xa0;%1&#xa0;»&#xa0;: le statut ESS de la structure reste à confirmer.</translation>
    </message>
    <message>
        <source>The project is carried by “%1”: it needs an ESS structure (association, cooperative, mutual, foundation or ESS company).</source>
        <translation>Le projet est porté par «&#xa0;%1&#xa0;»&#xa0;: il faut une structure de l&apos;ESS (association, coopérative, mutuelle, fondation ou entreprise de l&apos;ESS).</translation>
    </message>
    <message>
        <source>%1 is not declared as an ESS structure.</source>
        <translation>%1 n&apos;est pas déclarée comme structure de l&apos;ESS.</translation>
    </message>
    <message>
        <source>No structure is given for this project.</source>
        <translation>Aucune structure n&apos;est indiquée pour ce projet.</translation>
    </message>
    <message>
        <source>A holder attended a comptoir of the edition</source>
        <translation>Un porteur a participé à un comptoir de l&apos;édition</translation>
    </message>
    <message>
        <source>The project is not attached to an edition.</source>
        <translation>Le projet n&apos;est rattaché à aucune édition.</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) of %1 attended.</source>
        <translation>
            <numerusform>%n atelier de %1 suivi.</numerusform>
            <numerusform>%n ateliers de %1 suivis.</numerusform>
        </translation>
    </message>
    <message>
        <source>No holder of the project is recorded as present at a workshop of %1.</source>
        <translation>Aucun porteur du projet n&apos;est noté présent à un atelier de %1.</translation>
    </message>
    <message>
        <source>The project takes place in the Pas-de-Calais</source>
        <translation>Le projet se déroule dans le Pas-de-Calais</translation>
    </message>
    <message>
        <source>The communes where the project takes place are not given yet.</source>
        <translation>Les communes où se déroule le projet ne sont pas encore indiquées.</translation>
    </message>
    <message>
        <source>Every required field is answered</source>
        <translation>Tous les champs obligatoires sont remplis</translation>
    </message>
    <message numerus="yes">
        <source>All %n required field(s) answered.</source>
        <translation>
            <numerusform>Le champ obligatoire est rempli.</numerusform>
            <numerusform>Les %n champs obligatoires sont remplis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s) to answer: %1</source>
        <translation>
            <numerusform>%n champ obligatoire à remplir&#xa0;: %1</numerusform>
            <numerusform>%n champs obligatoires à remplir&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget is balanced</source>
        <translation>Le budget est équilibré</translation>
    </message>
    <message>
        <source>The budget has no lines yet.</source>
        <translation>Le budget n&apos;a encore aucune ligne.</translation>
    </message>
    <message>
        <source>Expenses and resources: %1 each.</source>
        <translation>Dépenses et ressources&#xa0;: %1 chacune.</translation>
    </message>
    <message>
        <source>Expenses %1, resources %2: a difference of %3.</source>
        <translation>Dépenses %1, ressources %2&#xa0;: un écart de %3.</translation>
    </message>
    <message>
        <source>The amount requested is within the category&apos;s ceiling</source>
        <translation>Le montant demandé respecte le plafond de la catégorie</translation>
    </message>
    <message>
        <source>No category is chosen yet: it sets the ceiling.</source>
        <translation>Aucune catégorie n&apos;est encore choisie&#xa0;: c&apos;est elle qui fixe le plafond.</translation>
    </message>
    <message>
        <source>No amount is requested yet.</source>
        <translation>Aucun montant n&apos;est encore demandé.</translation>
    </message>
    <message>
        <source>%1 requested, above the ceiling of %2 for “%3”.</source>
        <translation>%1 demandés, au-delà du plafond de %2 de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 requested, ceiling %2 for “%3”.</source>
        <translation>%1 demandés, plafond de %2 pour «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 requested; “%2” has no ceiling.</source>
        <translation>%1 demandés&#xa0;; «&#xa0;%2&#xa0;» n&apos;a pas de plafond.</translation>
    </message>
    <message>
        <source>The deposit period is open</source>
        <translation>La période de dépôt est ouverte</translation>
    </message>
    <message>
        <source>The deposit dates of %1 are not set.</source>
        <translation>Les dates de dépôt de %1 ne sont pas fixées.</translation>
    </message>
    <message>
        <source>The deposit opens on %1.</source>
        <translation>Le dépôt ouvre le %1.</translation>
    </message>
    <message>
        <source>The deposit closed on %1.</source>
        <translation>Le dépôt a fermé le %1.</translation>
    </message>
    <message>
        <source>Deposits are open until %1.</source>
        <translation>Le dépôt est ouvert jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Declared by the holders: “%1”, a form of the ESS.</source>
        <translation>Déclarée par les porteurs&#xa0;: «&#xa0;%1&#xa0;», une forme de l&apos;ESS.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (arrondissement(s): %2)</source>
        <translation>
            <numerusform>%1 (arrondissement&#xa0;: %2)</numerusform>
            <numerusform>%1 (arrondissements&#xa0;: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a commune of the Pas-de-Calais: %1. To check.</source>
        <translation>Pas une commune du Pas-de-Calais&#xa0;: %1. À vérifier.</translation>
    </message>
    <message>
        <source>A quote backs every large expense</source>
        <translation>Un devis justifie chaque dépense importante</translation>
    </message>
    <message>
        <source>An association&apos;s statutes are attached</source>
        <translation>Les statuts de l’association sont joints</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>whatever its amount</source>
        <translation>quel que soit son montant</translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s) %1, each with its quote.</source>
        <translation>
            <numerusform>%n dépense %1, avec son devis.</numerusform>
            <numerusform>%n dépenses %1, chacune avec son devis.</numerusform>
        </translation>
    </message>
    <message>
        <source>No expense %1: no quote is needed.</source>
        <translation>Aucune dépense %1&#xa0;: aucun devis n’est demandé.</translation>
    </message>
    <message>
        <source>Without a quote attached (%1): %2.</source>
        <translation>Sans devis joint (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The project is not carried by an association: no statutes are asked.</source>
        <translation>Le projet n’est pas porté par une association&#xa0;: aucun statut n’est demandé.</translation>
    </message>
    <message>
        <source>The association&apos;s statutes are attached.</source>
        <translation>Les statuts de l’association sont joints.</translation>
    </message>
    <message>
        <source>The project is carried by an association: attach its statutes.</source>
        <translation>Le projet est porté par une association&#xa0;: joignez ses statuts.</translation>
    </message>
    <message>
        <source> (SIRET %1)</source>
        <translation> (SIRET %1)</translation>
    </message>
    <message>
        <source> (RNA %1)</source>
        <translation> (RNA %1)</translation>
    </message>
    <message>
        <source> Evidence: %1.</source>
        <translation> Justificatif&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is of the ESS by its legal form (%2).</source>
        <translation>%1 relève de l&apos;ESS par sa forme juridique (%2).</translation>
    </message>
    <message>
        <source>%1 holds the ESUS approval.</source>
        <translation>%1 a l&apos;agrément ESUS.</translation>
    </message>
    <message>
        <source>%1 is an ESS company under the law of 31 July 2014.</source>
        <translation>%1 est une entreprise de l&apos;ESS au sens de la loi du 31 juillet 2014.</translation>
    </message>
    <message>
        <source>%1 is recorded as not of the ESS.</source>
        <translation>%1 est enregistrée comme ne relevant pas de l&apos;ESS.</translation>
    </message>
    <message>
        <source>%1 is recorded as « %2 »: of the ESS by its legal form.</source>
        <translation>%1 est enregistrée comme «&#xa0;%2&#xa0;»&#xa0;: elle relève de l&apos;ESS par sa forme juridique.</translation>
    </message>
    <message>
        <source>%1 is recorded as an ESUS company: its approval is to be recorded with its reference.</source>
        <translation>%1 est enregistrée comme entreprise ESUS&#xa0;: son agrément est à enregistrer avec sa référence.</translation>
    </message>
    <message>
        <source>The holders declared %1 as an ESS structure: its legal form or its status is to be recorded.</source>
        <translation>Les porteurs ont déclaré %1 comme structure de l&apos;ESS&#xa0;: sa forme juridique ou son statut est à enregistrer.</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>La bibliothèque de cryptographie ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The workspace&apos;s signing key is damaged.</source>
        <translation>La clé de signature de l&apos;espace est endommagée.</translation>
    </message>
    <message>
        <source>The Department&apos;s key is damaged.</source>
        <translation>La clé du Département est endommagée.</translation>
    </message>
    <message>
        <source>The file is too large to be sealed.</source>
        <translation>Le fichier est trop gros pour être scellé.</translation>
    </message>
    <message>
        <source>The file could not be sealed.</source>
        <translation>Le fichier n&apos;a pas pu être scellé.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Le fichier ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is not a sealed or signed Comptoir file.</source>
        <translation>Ce n&apos;est pas un fichier Comptoir scellé ou signé.</translation>
    </message>
    <message>
        <source>The file is incomplete: it stops inside its header (%1 bytes). It was cut short, during a copy perhaps; ask for it again.</source>
        <translation>Le fichier est incomplet&#xa0;: il s&apos;arrête dans son en-tête (%1 octets). Il a été tronqué, pendant une copie peut-être&#xa0;; redemandez-le.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Comptoir (envelope %1): update Comptoir to open it.</source>
        <translation>Le fichier a été écrit par une version plus récente de Comptoir (enveloppe %1)&#xa0;: mettez Comptoir à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The file&apos;s header is damaged (%1): it cannot be opened. Ask for the file again.</source>
        <translation>L&apos;en-tête du fichier est endommagé (%1)&#xa0;: il ne peut pas être ouvert. Redemandez le fichier.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>mode %1</translation>
    </message>
    <message>
        <source>a name of %1 bytes</source>
        <translation>un nom de %1 octets</translation>
    </message>
    <message>
        <source>a content of %1 GB</source>
        <translation>un contenu de %1 Go</translation>
    </message>
    <message>
        <source>the name of the workspace that wrote it</source>
        <translation>le nom de l&apos;espace qui l&apos;a écrit</translation>
    </message>
    <message>
        <source>The file is incomplete: %1 of the %2 bytes it should weigh. It was cut short, during a copy perhaps; ask for it again.</source>
        <translation>Le fichier est incomplet&#xa0;: %1 des %2 octets qu&apos;il devrait peser. Il a été tronqué, pendant une copie peut-être&#xa0;; redemandez-le.</translation>
    </message>
    <message>
        <source>The file was altered after it was written: %1 bytes were added at its end. It cannot be opened; ask for it again.</source>
        <translation>Le fichier a été modifié après son écriture&#xa0;: %1 octets ont été ajoutés à la fin. Il ne peut pas être ouvert&#xa0;; redemandez-le.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file was altered after it was written (%1): it cannot be opened. Ask for it again.</source>
        <translation>Le fichier a été modifié après son écriture (%1)&#xa0;: il ne peut pas être ouvert. Redemandez-le.</translation>
    </message>
    <message>
        <source>The file is sealed for the Department (key %1): it is opened with the Department&apos;s secret key, which this workspace does not hold.</source>
        <translation>Le fichier est scellé pour le Département (clé %1)&#xa0;: il s&apos;ouvre avec la clé secrète du Département, que cet espace ne détient pas.</translation>
    </message>
    <message>
        <source>The file is sealed for another key (fingerprint %1), not for the Department&apos;s key of this workspace (%2): it cannot be opened here.</source>
        <translation>Le fichier est scellé pour une autre clé (empreinte %1), pas pour la clé du Département de cet espace (%2)&#xa0;: il ne peut pas être ouvert ici.</translation>
    </message>
    <message>
        <source>its key</source>
        <translation>sa clé</translation>
    </message>
    <message>
        <source>The file is incomplete: it stops at byte %1. It was cut short; ask for it again.</source>
        <translation>Le fichier est incomplet&#xa0;: il s&apos;arrête à l&apos;octet %1. Il a été tronqué&#xa0;; redemandez-le.</translation>
    </message>
    <message>
        <source>its header or its content&apos;s first bytes</source>
        <translation>son en-tête ou les premiers octets de son contenu</translation>
    </message>
    <message>
        <source>its content, from byte %1</source>
        <translation>son contenu, à partir de l&apos;octet %1</translation>
    </message>
    <message>
        <source>The opened file cannot be written: %1</source>
        <translation>Le fichier ouvert ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is incomplete: its signature is missing. It was cut short; ask for it again.</source>
        <translation>Le fichier est incomplet&#xa0;: sa signature manque. Il a été tronqué&#xa0;; redemandez-le.</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match: it was altered, or it was not signed by the workspace it names (« %1 », key %2). It cannot be imported.</source>
        <translation>La signature du fichier ne correspond pas&#xa0;: il a été modifié, ou il n&apos;a pas été signé par l&apos;espace qu&apos;il nomme («&#xa0;%1&#xa0;», clé %2). Il ne peut pas être importé.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export a deposit file</source>
        <translation>Exporter un fichier de dépôt</translation>
    </message>
    <message>
        <source>The file carries the projects with their answers, budget, holders (contact details only with their consent) and the workshops they attended, for the mission officers or another facilitator&apos;s Comptoir.</source>
        <translation>Le fichier emporte les projets avec leurs réponses, leur budget, leurs porteurs (coordonnées seulement avec leur consentement) et les ateliers suivis, pour les chargés de mission ou le Comptoir d&apos;un autre animateur.</translation>
    </message>
    <message numerus="yes">
        <source>The project(s) chosen in the list (%n)</source>
        <translation>
            <numerusform>Le projet choisi dans la liste (%n)</numerusform>
            <numerusform>Les projets choisis dans la liste (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project(s) the list shows (%n)</source>
        <translation>
            <numerusform>Le projet affiché par la liste (%n)</numerusform>
            <numerusform>Les projets affichés par la liste (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every project “ready to deposit” (%n)</source>
        <translation>
            <numerusform>Tous les projets «&#xa0;prêt à déposer&#xa0;» (%n)</numerusform>
            <numerusform>Tous les projets «&#xa0;prêt à déposer&#xa0;» (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Write the file…</source>
        <translation>&amp;Écrire le fichier…</translation>
    </message>
    <message>
        <source>Comptoir deposit files (*.comptoir)</source>
        <translation>Fichiers de dépôt Comptoir (*.comptoir)</translation>
    </message>
    <message>
        <source>Export for the platform</source>
        <translation>Exporter pour la plateforme</translation>
    </message>
    <message>
        <source>One row per project for the participatory platform&apos;s proposal import: title, body, category, commune, amount… No contact details; a holder&apos;s name only when they agreed to its publication.</source>
        <translation>Une ligne par projet pour l&apos;import de propositions de la plateforme participative&#xa0;: titre, corps, catégorie, commune, montant… Aucune coordonnée&#xa0;; le nom d&apos;un porteur seulement s&apos;il a accepté sa publication.</translation>
    </message>
    <message>
        <source>CSV (semicolons, UTF-8)</source>
        <translation>CSV (points-virgules, UTF-8)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other profile…</source>
        <translation>&amp;Autre profil…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a platform profile</source>
        <translation>Choisir un profil de plateforme</translation>
    </message>
    <message>
        <source>Platform profiles (*.json);;All files (*)</source>
        <translation>Profils de plateforme (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>-platform</source>
        <translation>-plateforme</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Seal the file for « %1 » (key %2)</source>
        <translation>&amp;Sceller le fichier pour «&#xa0;%1&#xa0;» (clé %2)</translation>
    </message>
    <message>
        <source>&amp;Seal the file for the Department</source>
        <translation>&amp;Sceller le fichier pour le Département</translation>
    </message>
    <message>
        <source>Signed by « %1 » (key %2).</source>
        <translation>Signé par «&#xa0;%1&#xa0;» (clé %2).</translation>
    </message>
    <message>
        <source>Only the mission officers can open it. %1</source>
        <translation>Seuls les chargés de mission peuvent l&apos;ouvrir. %1</translation>
    </message>
    <message>
        <source>Not sealed: anyone who gets the file can read it. Only for a file without personal data. %1</source>
        <translation>Pas scellé&#xa0;: qui obtient le fichier peut le lire. Seulement pour un fichier sans donnée personnelle. %1</translation>
    </message>
    <message>
        <source>This workspace knows no Department key: the file is signed, not sealed (File › The Department’s key… to import it).</source>
        <translation>Cet espace ne connaît aucune clé du Département&#xa0;: le fichier est signé, pas scellé (Fichier › Clé du Département… pour l&apos;importer).</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#8a5300&apos;&gt;(required)&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#8a5300&apos;&gt;(obligatoire)&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the limit: shorten the text.</source>
        <translation>
            <numerusform>%n caractère de trop&#xa0;: raccourcissez le texte.</numerusform>
            <numerusform>%n caractères de trop&#xa0;: raccourcissez le texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose or type your own answer</source>
        <translation>Choisissez ou tapez votre propre réponse</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Other: type it here</source>
        <translation>Autre&#xa0;: précisez ici</translation>
    </message>
    <message>
        <source>Type an amount in euros, for example 1 500 or 249,90.</source>
        <translation>Saisissez un montant en euros, par exemple 1 500 ou 249,90.</translation>
    </message>
    <message>
        <source>Type a number, for example 120.</source>
        <translation>Saisissez un nombre, par exemple 120.</translation>
    </message>
    <message>
        <source>An amount has two decimals at most.</source>
        <translation>Un montant a deux décimales au plus.</translation>
    </message>
    <message>
        <source>Type a value between %1 and %2.</source>
        <translation>Saisissez une valeur comprise entre %1 et %2.</translation>
    </message>
    <message>
        <source>Type a value of at least %1.</source>
        <translation>Saisissez une valeur d&apos;au moins %1.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Type a date as dd/mm/yyyy, for example 15/04/2027.</source>
        <translation>Saisissez une date au format jj/mm/aaaa, par exemple 15/04/2027.</translation>
    </message>
    <message>
        <source>Delete removes the selected commune</source>
        <translation>Suppr retire la commune sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Insert)</source>
        <translation>Ajouter une ligne (Ctrl+Inser)</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>Supprimer la ligne courante (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>leads to</source>
        <translation>entraîne</translation>
    </message>
    <message>
        <source>INSEE code %1, arrondissement: %2</source>
        <translation>Code INSEE %1, arrondissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is now part of the commune of %2.</source>
        <translation>%1 fait désormais partie de la commune de %2.</translation>
    </message>
    <message>
        <source>Not a commune of the Pas-de-Calais: %1. Check the spelling; the project must take place in the department.</source>
        <translation>Pas une commune du Pas-de-Calais&#xa0;: %1. Vérifiez l&apos;orthographe&#xa0;; le projet doit se dérouler dans le département.</translation>
    </message>
    <message>
        <source>Commune or postal code, then Enter</source>
        <translation>Commune ou code postal, puis Entrée</translation>
    </message>
    <message>
        <source>Commune or postal code</source>
        <translation>Commune ou code postal</translation>
    </message>
    <message>
        <source>Not saved: %1 It will be tried again at the next change.</source>
        <translation>Non enregistré&#xa0;: %1 Ce sera retenté à la prochaine modification.</translation>
    </message>
    <message>
        <source>%1: chosen</source>
        <translation>%1&#xa0;: choisies</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Search the projects to follow up</source>
        <translation>Chercher parmi les projets à relancer</translation>
    </message>
    <message>
        <source>Find: project, comptoir, step…</source>
        <translation>Chercher&#xa0;: projet, comptoir, étape…</translation>
    </message>
    <message>
        <source>Projects to follow up</source>
        <translation>Projets à relancer</translation>
    </message>
    <message>
        <source>Projects at the idea, structuring or ready stage whose next step is due, or with no contact (a meeting, a call, a workshop…) for the weeks their edition sets. Enter opens the project&apos;s follow-up.</source>
        <translation>Les projets au stade idée, en structuration ou prêts dont une prochaine étape est échue, ou sans contact (rendez-vous, appel, atelier…) depuis le nombre de semaines fixé par leur édition. Entrée ouvre le suivi du projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) to follow up</source>
        <translation>
            <numerusform>%n projet à relancer</numerusform>
            <numerusform>%n projets à relancer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Add a &amp;step…</source>
        <translation>Ajouter une &amp;étape…</translation>
    </message>
    <message>
        <source>&amp;Done / to do</source>
        <translation>&amp;Faite / à faire</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Contacts and workshops</source>
        <translation>Contacts et ateliers</translation>
    </message>
    <message>
        <source>Record a &amp;contact…</source>
        <translation>Noter un &amp;contact…</translation>
    </message>
    <message>
        <source>Due: to follow up</source>
        <translation>Échue&#xa0;: à relancer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, avec %1</translation>
    </message>
    <message>
        <source> (internal: stays on this computer)</source>
        <translation> (interne&#xa0;: reste sur cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 — Workshop « %2 »</source>
        <translation>%1 — Atelier «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Présents&#xa0;: %1</translation>
    </message>
    <message>
        <source>From the attendance: recorded at the workshop</source>
        <translation>D&apos;après l&apos;émargement&#xa0;: noté à l&apos;atelier</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) attended</source>
        <translation>
            <numerusform>%n atelier suivi</numerusform>
            <numerusform>%n ateliers suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to do</source>
        <translation>
            <numerusform>%n étape à faire</numerusform>
            <numerusform>%n étapes à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>last met on %1</source>
        <translation>dernière rencontre le %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#a4000f&quot;&gt;%n step(s) due&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#a4000f&quot;&gt;%n étape échue&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#a4000f&quot;&gt;%n étapes échues&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>New next step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>A holder, the facilitator, a partner…</source>
        <translation>Un porteur, l&apos;animateur, un partenaire…</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who does it:</source>
        <translation>&amp;Qui s&apos;en charge&#xa0;:</translation>
    </message>
    <message>
        <source>Say what the step is (« Ask the town hall for a room »…).</source>
        <translation>Dites en quoi consiste l&apos;étape («&#xa0;Demander une salle à la mairie&#xa0;»…).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>&amp;Internal: these notes never leave this computer</source>
        <translation>&amp;Interne&#xa0;: ces notes ne quittent jamais cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Animateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>The notes are too long (%1 characters at most).</source>
        <translation>Les notes sont trop longues (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>%1 — Pitch rehearsed: %2 of the %3 given</source>
        <translation>%1 — Pitch répété&#xa0;: %2 sur les %3 donnés</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>Remarques&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>The follow-up could not be read</source>
        <translation>Le suivi n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>A contact needs its date.</source>
        <translation>Un contact doit avoir sa date.</translation>
    </message>
    <message>
        <source>The facilitator&apos;s name is too long (%1 characters at most).</source>
        <translation>Le nom de l&apos;animateur est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The notes are too long (%1 characters at most).</source>
        <translation>Les notes sont trop longues (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The contact could not be saved</source>
        <translation>Le contact n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A next step needs a description.</source>
        <translation>Une prochaine étape doit être décrite.</translation>
    </message>
    <message>
        <source>The step is too long (%1 characters at most).</source>
        <translation>L&apos;étape est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The step could not be saved</source>
        <translation>L&apos;étape n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>This step no longer exists.</source>
        <translation>Cette étape n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The projects to follow up could not be read</source>
        <translation>Les projets à relancer n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>The projects to follow up could not be read: %1</source>
        <translation>Les projets à relancer n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HolderDialog</name>
    <message>
        <source>Holder</source>
        <translation>Porteur·euse de projet</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>Nouveau porteur·euse</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <source>A collective</source>
        <translation>Un collectif</translation>
    </message>
    <message>
        <source>Association, cooperative, collective…</source>
        <translation>Association, coopérative, collectif…</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation>&amp;Structure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune&#xa0;:</translation>
    </message>
    <message>
        <source>Contact details (stay on this computer without consent)</source>
        <translation>Coordonnées (restent sur cet ordinateur sans consentement)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Consent (RGPD)</source>
        <translation>Consentement (RGPD)</translation>
    </message>
    <message>
        <source>Given &amp;by:</source>
        <translation>&amp;Recueilli par&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projets&#xa0;:</translation>
    </message>
    <message>
        <source>agreed on %1, %2</source>
        <translation>accepté le %1, %2</translation>
    </message>
    <message>
        <source>refused on %1, %2</source>
        <translation>refusé le %1, %2</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?

Their name, contact details and consents are deleted, and their name is blanked out of their projects&apos; answers. The projects stay, anonymised. This cannot be undone.</source>
        <translation>Effacer les données personnelles de %1&#xa0;?

Son nom, ses coordonnées et ses consentements sont supprimés, et son nom est retiré des réponses de ses projets. Les projets restent, anonymisés. Cette opération est définitive.</translation>
    </message>
    <message>
        <source>Projects of this holder</source>
        <translation>Projets de ce porteur</translation>
    </message>
</context>
<context>
    <name>HolderListModel</name>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur·euse</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>A accepté</translation>
    </message>
</context>
<context>
    <name>HolderPickerDialog</name>
    <message>
        <source>Register a holder</source>
        <translation>Inscrire un·e porteur·euse</translation>
    </message>
    <message>
        <source>Name, commune or structure…</source>
        <translation>Nom, commune ou structure…</translation>
    </message>
    <message>
        <source>&amp;New holder…</source>
        <translation>&amp;Nouveau porteur…</translation>
    </message>
</context>
<context>
    <name>Holders</name>
    <message>
        <source>May be contacted by the Département</source>
        <translation>Accepte d&apos;être contacté·e par le Département</translation>
    </message>
    <message>
        <source>Name may be published</source>
        <translation>Accepte la publication de son nom</translation>
    </message>
    <message>
        <source>Photos may be taken and used</source>
        <translation>Accepte les photos</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulaire papier</translation>
    </message>
    <message>
        <source>said aloud, noted by the facilitator</source>
        <translation>à l&apos;oral, noté par l&apos;animateur·rice</translation>
    </message>
    <message>
        <source>registration form</source>
        <translation>formulaire d&apos;inscription</translation>
    </message>
    <message>
        <source>Erased holder</source>
        <translation>Porteur·euse effacé·e</translation>
    </message>
    <message>
        <source>A collective needs a name.</source>
        <translation>Un collectif doit avoir un nom.</translation>
    </message>
    <message>
        <source>A holder needs a first name or a last name.</source>
        <translation>Un porteur doit avoir un prénom ou un nom.</translation>
    </message>
    <message>
        <source>“%1…” is too long (%2 characters at most).</source>
        <translation>«&#xa0;%1…&#xa0;» est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The holder could not be saved: %1</source>
        <translation>Le porteur n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This holder was erased or no longer exists.</source>
        <translation>Ce porteur a été effacé ou n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The holder&apos;s consent could not be saved: %1</source>
        <translation>Le consentement n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This holder no longer exists.</source>
        <translation>Ce porteur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation>[effacé]</translation>
    </message>
    <message>
        <source>The holder could not be erased: %1</source>
        <translation>Le porteur n&apos;a pas pu être effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The holder could not be linked to the project: %1</source>
        <translation>Le porteur n&apos;a pas pu être rattaché au projet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HoldersPage</name>
    <message>
        <source>Find a holder: name, commune, structure, e-mail…</source>
        <translation>Rechercher un porteur&#xa0;: nom, commune, structure, courriel…</translation>
    </message>
    <message>
        <source>&amp;New holder…</source>
        <translation>&amp;Nouveau porteur…</translation>
    </message>
    <message>
        <source>&amp;Details and consent…</source>
        <translation>&amp;Fiche et consentement…</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>Contact details stay on this computer: they leave it only for holders who agreed to be contacted.</source>
        <translation>Les coordonnées restent sur cet ordinateur&#xa0;: elles n&apos;en sortent que pour les porteurs qui ont accepté d&apos;être contactés.</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n porteur</numerusform>
            <numerusform>%n porteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move the holder to the trash (Delete)</source>
        <translation>Mettre le porteur à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Delete the holder</source>
        <translation>Supprimer le porteur</translation>
    </message>
    <message numerus="yes">
        <source>Move “%1” to the trash, with their consents and their presence at workshops? Their %n project(s) stay, without them as a holder. Ctrl+Z, or File › Trash, brings them back as they were. (To erase their personal data on request, open their details instead.)</source>
        <translation>
            <numerusform>Mettre «&#xa0;%1&#xa0;» à la corbeille, avec ses consentements et ses présences aux ateliers&#xa0;? Son projet (%n) reste, sans ce porteur. Ctrl+Z, ou Fichier › Corbeille, le rend tel qu’il était. (Pour effacer ses données personnelles à sa demande, ouvrez plutôt sa fiche.)</numerusform>
            <numerusform>Mettre «&#xa0;%1&#xa0;» à la corbeille, avec ses consentements et ses présences aux ateliers&#xa0;? Ses %n projets restent, sans ce porteur. Ctrl+Z, ou Fichier › Corbeille, le rend tel qu’il était. (Pour effacer ses données personnelles à sa demande, ouvrez plutôt sa fiche.)</numerusform>
        </translation>
    </message>
    <message>
        <source>the deletion of “%1”</source>
        <translation>la suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Search the holders</source>
        <translation>Rechercher un porteur</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>A SIREN has 9 digits.</source>
        <translation>Un SIREN a 9 chiffres.</translation>
    </message>
    <message>
        <source>This SIREN&apos;s last digit does not match the others: a digit was mistyped.</source>
        <translation>Le dernier chiffre de ce SIREN ne correspond pas aux autres&#xa0;: un chiffre a été mal saisi.</translation>
    </message>
    <message>
        <source>A SIRET has 14 digits (the SIREN&apos;s 9, then the establishment&apos;s 5).</source>
        <translation>Un SIRET a 14 chiffres (les 9 du SIREN, puis les 5 de l’établissement).</translation>
    </message>
    <message>
        <source>This SIRET&apos;s digits do not match: a digit was mistyped.</source>
        <translation>Les chiffres de ce SIRET ne correspondent pas&#xa0;: un chiffre a été mal saisi.</translation>
    </message>
    <message>
        <source>This SIRET&apos;s first 9 digits (its SIREN) do not match: a digit was mistyped.</source>
        <translation>Les 9 premiers chiffres de ce SIRET (son SIREN) ne correspondent pas&#xa0;: un chiffre a été mal saisi.</translation>
    </message>
    <message>
        <source>This SIRET&apos;s last digit does not match the others: a digit was mistyped.</source>
        <translation>Le dernier chiffre de ce SIRET ne correspond pas aux autres&#xa0;: un chiffre a été mal saisi.</translation>
    </message>
    <message>
        <source>An RNA number is « W » followed by 9 characters, e.g. W622001234.</source>
        <translation>Un numéro RNA est «&#xa0;W&#xa0;» suivi de 9 caractères, par exemple W622001234.</translation>
    </message>
</context>
<context>
    <name>KnownSigners</name>
    <message>
        <source>The file&apos;s signer could not be recorded: %1</source>
        <translation>Le signataire du fichier n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LinkProjectsCommand</name>
    <message>
        <source>the link with “%1”</source>
        <translation>le lien avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the removal of the link with “%1”</source>
        <translation>la suppression du lien avec «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>LiveWorkshopPanel</name>
    <message>
        <source>Participants of the workshop</source>
        <translation>Participants de l&apos;atelier</translation>
    </message>
    <message>
        <source>Time spent with this porteur</source>
        <translation>Temps passé avec ce porteur</translation>
    </message>
    <message>
        <source>Mark &amp;present</source>
        <translation>Marquer &amp;présent·e</translation>
    </message>
    <message>
        <source>Start the &amp;timer</source>
        <translation>Lancer le &amp;chronomètre</translation>
    </message>
    <message>
        <source>&amp;End the workshop</source>
        <translation>&amp;Terminer l&apos;atelier</translation>
    </message>
    <message>
        <source>Porteur %1</source>
        <translation>Porteur %1</translation>
    </message>
    <message>
        <source>Ctrl+1…9: switch porteur · F7: present · F8: timer · F11: presentation</source>
        <translation>Ctrl+1…9&#xa0;: changer de porteur · F7&#xa0;: présent · F8&#xa0;: chronomètre · F11&#xa0;: présentation</translation>
    </message>
    <message>
        <source>This workshop no longer exists.</source>
        <translation>Cet atelier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Workshop in progress
%1</source>
        <translation>Atelier en cours
%1</translation>
    </message>
    <message>
        <source>Workshop in progress</source>
        <translation>Atelier en cours</translation>
    </message>
    <message>
        <source>A project was started for %1.</source>
        <translation>Un projet a été commencé pour %1.</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Mark present (F7)</source>
        <translation>Marquer présent·e (F7)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Present ✓ — undo (F7)</source>
        <translation>Présent·e ✓ — annuler (F7)</translation>
    </message>
    <message>
        <source>Mark as not arrived</source>
        <translation>Marquer pas encore arrivé·e</translation>
    </message>
    <message>
        <source>Pause the &amp;timer</source>
        <translation>Mettre le &amp;chronomètre en pause</translation>
    </message>
    <message>
        <source>Nobody is registered for this workshop yet: register the participants first (Workshop › Register a holder, or import a registration list).</source>
        <translation>Personne n&apos;est encore inscrit à cet atelier&#xa0;: inscrivez d&apos;abord les participants (Atelier › Inscrire un·e porteur·euse, ou importez une liste d&apos;inscriptions).</translation>
    </message>
    <message>
        <source>Start the timer (F8)</source>
        <translation>Lancer le chronomètre (F8)</translation>
    </message>
    <message>
        <source>Pause the timer (F8)</source>
        <translation>Mettre le chronomètre en pause (F8)</translation>
    </message>
</context>
<context>
    <name>LoadableModule</name>
    <message>
        <source>Comptoir&apos;s module %1 (%2) is not the one this program was built with: reinstall Comptoir.</source>
        <translation>Le module %1 de Comptoir (%2) n’est pas celui avec lequel ce programme a été construit&#xa0;: réinstallez Comptoir.</translation>
    </message>
    <message>
        <source>Comptoir&apos;s module %1 cannot be found (looked for as %2): reinstall Comptoir.</source>
        <translation>Le module %1 de Comptoir est introuvable (cherché sous %2)&#xa0;: réinstallez Comptoir.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Créer un fichier d&apos;espace de travail vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an existing workspace file</source>
        <translation>Ouvrir un fichier d&apos;espace de travail existant</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open a workspace filled with fictional projects, to try Comptoir</source>
        <translation>Ouvrir un espace rempli de projets fictifs, pour essayer Comptoir</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find a project</source>
        <translation>Rec&amp;hercher un projet</translation>
    </message>
    <message>
        <source>Project &amp;details</source>
        <translation>&amp;Détails du projet</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>&amp;About Comptoir</source>
        <translation>À &amp;propos de Comptoir</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Impossible de créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>Impossible de créer l&apos;espace de démonstration</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Comptoir workspaces (*.%1)</source>
        <translation>Espaces de travail Comptoir (*.%1)</translation>
    </message>
    <message>
        <source>“%1” is the workspace open now; it cannot be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;espace de travail ouvert en ce moment&#xa0;; il ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>“%1” already exists and could not be moved to the trash. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà et n&apos;a pas pu être mis à la corbeille. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Comptoir workspaces (*.%1);;All files (*)</source>
        <translation>Espaces de travail Comptoir (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No recent workspace</source>
        <translation>Aucun espace récent</translation>
    </message>
    <message>
        <source>%1 — Comptoir</source>
        <translation>%1 — Comptoir</translation>
    </message>
    <message>
        <source>Workspace: %1 · every change is saved as it is made</source>
        <translation>Espace de travail&#xa0;: %1 · chaque modification est enregistrée aussitôt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Comptoir will use this language the next time it starts.</source>
        <translation>Comptoir utilisera cette langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>About Comptoir</source>
        <translation>À propos de Comptoir</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;Offline companion of the “de l&apos;idée au projet” workshops of the Budget Citoyen of the Pas-de-Calais: facilitators walk holders through the methodology, mission officers review the projects and export their dossiers.&lt;/p&gt;&lt;p&gt;Every change is written to the workspace file as soon as it is made.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comptoir %1&lt;/h3&gt;&lt;p&gt;Le compagnon hors ligne des ateliers «&#xa0;de l&apos;idée au projet&#xa0;» du Budget Citoyen du Pas-de-Calais&#xa0;: les animateurs y guident les porteurs à travers la méthodologie, les chargés de mission y instruisent les projets et en exportent les dossiers.&lt;/p&gt;&lt;p&gt;Chaque modification est enregistrée dans le fichier de l&apos;espace de travail dès qu&apos;elle est faite.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load a &amp;methodology…</source>
        <translation>Charger une fiche &amp;méthodologique…</translation>
    </message>
    <message>
        <source>Add a methodology definition (JSON file) to this workspace</source>
        <translation>Ajouter une fiche méthodologique (fichier JSON) à cet espace de travail</translation>
    </message>
    <message>
        <source>Load a methodology</source>
        <translation>Charger une fiche méthodologique</translation>
    </message>
    <message>
        <source>Methodology definitions (*.json);;All files (*)</source>
        <translation>Fiches méthodologiques (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot load the methodology</source>
        <translation>Impossible de charger la fiche méthodologique</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a methodology definition.</source>
        <translation>«&#xa0;%1&#xa0;» est trop gros pour une fiche méthodologique.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not loaded; the workspace is unchanged.

%2</source>
        <translation>La fiche «&#xa0;%1&#xa0;» n&apos;a pas été chargée&#xa0;; l&apos;espace de travail est inchangé.

%2</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Fiche méthodologique</translation>
    </message>
    <message>
        <source>“%1”, version %2, was added to the workspace.</source>
        <translation>«&#xa0;%1&#xa0;», version %2, a été ajoutée à l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The workspace already holds “%1”, version %2.</source>
        <translation>L&apos;espace de travail contient déjà «&#xa0;%1&#xa0;», version %2.</translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation>Nouvel &amp;espace de travail…</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Create a project and open it in the editor</source>
        <translation>Créer un projet et l&apos;ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
    <message>
        <source>Edition &amp;rules…</source>
        <translation>&amp;Règles de l&apos;édition…</translation>
    </message>
    <message>
        <source>Calendar, envelope, categories and eligibility checks of an edition</source>
        <translation>Calendrier, enveloppe, catégories et critères d&apos;éligibilité d&apos;une édition</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>%1 — %2 — Comptoir</source>
        <translation>%1 — %2 — Comptoir</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projets</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>A&amp;teliers</translation>
    </message>
    <message>
        <source>&amp;Holders</source>
        <translation>P&amp;orteurs</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>For a projector: full screen, the current section only, in large print</source>
        <translation>Pour un vidéoprojecteur&#xa0;: plein écran, la section en cours seule, en grands caractères</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <source>Start the workshop</source>
        <translation>Démarrer l&apos;atelier</translation>
    </message>
    <message>
        <source>Open a project first: the presentation shows its current section.</source>
        <translation>Ouvrez d&apos;abord un projet&#xa0;: la présentation montre sa section en cours.</translation>
    </message>
    <message>
        <source>Text at %1 %</source>
        <translation>Texte à %1 %</translation>
    </message>
    <message>
        <source>Back to the &amp;workshops</source>
        <translation>Retour aux &amp;ateliers</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>&amp;Export a deposit file…</source>
        <translation>E&amp;xporter un fichier de dépôt…</translation>
    </message>
    <message>
        <source>Write the chosen, shown or ready projects to a .comptoir file for the mission officers</source>
        <translation>Écrire les projets choisis, affichés ou prêts dans un fichier .comptoir pour les chargés de mission</translation>
    </message>
    <message>
        <source>&amp;Import a deposit file…</source>
        <translation>&amp;Importer un fichier de dépôt…</translation>
    </message>
    <message>
        <source>Add or update projects from a facilitator&apos;s .comptoir file</source>
        <translation>Ajouter ou mettre à jour des projets depuis le fichier .comptoir d&apos;un animateur</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) written to %1</source>
        <translation>
            <numerusform>%n projet écrit dans %1</numerusform>
            <numerusform>%n projets écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a deposit file</source>
        <translation>Importer un fichier de dépôt</translation>
    </message>
    <message>
        <source>Comptoir deposit files (*.comptoir);;All files (*)</source>
        <translation>Fichiers de dépôt Comptoir (*.comptoir);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Impossible d&apos;importer le fichier</translation>
    </message>
    <message>
        <source>“%1” cannot be imported; nothing was changed.

%2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être importé&#xa0;; rien n&apos;a été modifié.

%2</translation>
    </message>
    <message>
        <source>Export for the &amp;platform…</source>
        <translation>Exporter pour la &amp;plateforme…</translation>
    </message>
    <message>
        <source>Write the projects as a CSV or JSON file for the participatory platform&apos;s import</source>
        <translation>Écrire les projets dans un fichier CSV ou JSON pour l&apos;import de la plateforme participative</translation>
    </message>
    <message>
        <source>&amp;Dossiers as PDF…</source>
        <translation>&amp;Dossiers en PDF…</translation>
    </message>
    <message>
        <source>The dossiers of the chosen, shown or ready projects, as PDF for the committee</source>
        <translation>Les dossiers des projets choisis, affichés ou prêts, en PDF pour le comité</translation>
    </message>
    <message>
        <source>Dossier: &amp;preview and print…</source>
        <translation>Dossier&#xa0;: a&amp;perçu et impression…</translation>
    </message>
    <message>
        <source>The open or chosen project&apos;s dossier, to print</source>
        <translation>Le dossier du projet ouvert ou choisi, à imprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) written to %1</source>
        <translation>
            <numerusform>%n dossier écrit dans %1</numerusform>
            <numerusform>%n dossiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Choose a project in the list, or open it, first.</source>
        <translation>Choisissez d&apos;abord un projet dans la liste, ou ouvrez-le.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Search every project</source>
        <translation>&amp;Rechercher dans tous les projets</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>&amp;Communes to check…</source>
        <translation>Communes à &amp;vérifier…</translation>
    </message>
    <message>
        <source>The communes named in this workspace that are not communes of the Pas-de-Calais</source>
        <translation>Les communes citées dans cet espace de travail qui ne sont pas des communes du Pas-de-Calais</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move the chosen projects (or the open one) to the trash</source>
        <translation>Mettre les projets choisis (ou le projet ouvert) à la corbeille</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>Cor&amp;beille…</translation>
    </message>
    <message>
        <source>What was deleted: restore it, or delete it for good</source>
        <translation>Ce qui a été supprimé&#xa0;: le restaurer, ou le supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>and %n other(s)</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n project(s) to the trash: %1?</source>
        <translation>
            <numerusform>Mettre %n projet à la corbeille&#xa0;: %1&#xa0;?</numerusform>
            <numerusform>Mettre %n projets à la corbeille&#xa0;: %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave the lists, the search, the dashboard and the exports. Ctrl+Z, or File › Trash, brings them back as they were.</source>
        <translation>Ils quittent les listes, la recherche, le tableau de bord et les exports. Ctrl+Z, ou Fichier › Corbeille, les rend tels qu’ils étaient.</translation>
    </message>
    <message numerus="yes">
        <source>Delete projects</source>
        <translation>
            <numerusform>Supprimer le projet</numerusform>
            <numerusform>Supprimer les projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the deletion of %n project(s)</source>
        <translation>
            <numerusform>la suppression de %n projet</numerusform>
            <numerusform>la suppression de %n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) moved to the trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n projet mis à la corbeille. Ctrl+Z le rend.</numerusform>
            <numerusform>%n projets mis à la corbeille. Ctrl+Z les rend.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>The automatic backups of this workspace: restore one into a new file or in its place</source>
        <translation>Les sauvegardes automatiques de cet espace de travail&#xa0;: en restaurer une dans un nouveau fichier ou à sa place</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before the import could not be written.

%1</source>
        <translation>Rien n’a été importé&#xa0;: la sauvegarde d’avant l’import n’a pas pu être écrite.

%1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup was restored into “%1”. Open it now?</source>
        <translation>La sauvegarde a été restaurée dans «&#xa0;%1&#xa0;». L’ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The backup is in place; the workspace as it was is among the backups.</source>
        <translation>La sauvegarde est en place&#xa0;; l’espace de travail tel qu’il était figure parmi les sauvegardes.</translation>
    </message>
    <message>
        <source>Workspace already open</source>
        <translation>Espace de travail déjà ouvert</translation>
    </message>
    <message>
        <source>“%1” is already open %2. Only one Comptoir at a time can write to it.

Open it read-only, to browse, search and export?</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert %2. Un seul Comptoir à la fois peut y écrire.

L’ouvrir en lecture seule, pour le parcourir, y chercher et exporter&#xa0;?</translation>
    </message>
    <message>
        <source>The last workspace is open %1: open it from the welcome page to browse it read-only.</source>
        <translation>Le dernier espace de travail est ouvert %1&#xa0;: ouvrez-le depuis la page d’accueil pour le parcourir en lecture seule.</translation>
    </message>
    <message>
        <source>Read-only: another Comptoir has this workspace open. You can browse, search and export; edits are off.</source>
        <translation>Lecture seule&#xa0;: un autre Comptoir a ouvert cet espace de travail. Vous pouvez parcourir, chercher et exporter&#xa0;; les modifications sont désactivées.</translation>
    </message>
    <message>
        <source>Read-only: this workspace is on a write-protected medium. You can browse, search and export; edits are off.</source>
        <translation>Lecture seule&#xa0;: cet espace de travail est sur un support protégé en écriture. Vous pouvez parcourir, chercher et exporter&#xa0;; les modifications sont désactivées.</translation>
    </message>
    <message>
        <source>Workspace: %1 · read-only</source>
        <translation>Espace de travail&#xa0;: %1 · lecture seule</translation>
    </message>
    <message>
        <source>Damaged workspace</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <source>There is no backup of it on this computer. Export what can still be read (deposit file, dossiers) and keep the file as it is for someone who can repair it.</source>
        <translation>Il n’en existe aucune sauvegarde sur cet ordinateur. Exportez ce qui peut encore être lu (fichier de dépôt, dossiers) et gardez le fichier tel quel pour quelqu’un qui pourra le réparer.</translation>
    </message>
    <message numerus="yes">
        <source>Its latest backup was made on %1 (%n project(s)). Restore it into a new file and open it?</source>
        <translation>
            <numerusform>Sa dernière sauvegarde date du %1 (%n projet). La restaurer dans un nouveau fichier et l’ouvrir&#xa0;?</numerusform>
            <numerusform>Sa dernière sauvegarde date du %1 (%n projets). La restaurer dans un nouveau fichier et l’ouvrir&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Save a &amp;copy elsewhere…</source>
        <translation>Enregistrer une &amp;copie ailleurs…</translation>
    </message>
    <message>
        <source>Not saved: %1 What you typed stays on screen, waiting to be written: retry (once there is room on the disk, or the USB stick is back), or save a copy of the workspace elsewhere and go on there.</source>
        <translation>Non enregistré&#xa0;: %1 Ce que vous avez saisi reste à l’écran, en attente d’être écrit&#xa0;: réessayez (une fois de la place libérée sur le disque, ou la clé USB rebranchée), ou enregistrez une copie de l’espace de travail ailleurs pour continuer là.</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Tout est enregistré.</translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation>Enregistrer une copie ailleurs</translation>
    </message>
    <message>
        <source>Choose another place than the workspace itself.</source>
        <translation>Choisissez un autre emplacement que l’espace de travail lui-même.</translation>
    </message>
    <message>
        <source>The workspace goes on in “%1”; everything is saved there.</source>
        <translation>L’espace de travail continue dans «&#xa0;%1&#xa0;»&#xa0;; tout y est enregistré.</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <source>&amp;Help and eligibility beside the form</source>
        <translation>&amp;Aide et éligibilité à côté du formulaire</translation>
    </message>
    <message>
        <source>Shows or folds away the help, the eligibility checklist and the subsidy estimate</source>
        <translation>Affiche ou replie l&apos;aide, les critères d&apos;éligibilité et l&apos;estimation de la subvention</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Their attachments (%n file(s), never the confidential ones) are in %1, to upload by hand.</source>
        <translation>
            <numerusform>Leurs pièces jointes (%n fichier, jamais les confidentielles) sont dans %1, à déposer à la main.</numerusform>
            <numerusform>Leurs pièces jointes (%n fichiers, jamais les confidentielles) sont dans %1, à déposer à la main.</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Di&amp;rectory of structures and partners</source>
        <translation>&amp;Annuaire des structures et partenaires</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <source>Projects to &amp;follow up</source>
        <translation>Projets à re&amp;lancer</translation>
    </message>
    <message>
        <source>To follow up (%1)</source>
        <translation>À relancer (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) to follow up (Ctrl+Shift+U)</source>
        <translation>
            <numerusform>%n projet à relancer (Ctrl+Maj+U)</numerusform>
            <numerusform>%n projets à relancer (Ctrl+Maj+U)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rehearse the pitch</source>
        <translation>&amp;Répéter le pitch</translation>
    </message>
    <message>
        <source>The open or chosen project&apos;s pitch in large print, with a countdown</source>
        <translation>Le pitch du projet ouvert ou choisi, en grands caractères, avec un compte à rebours</translation>
    </message>
    <message>
        <source>Pitch s&amp;heet (PDF)…</source>
        <translation>Fiche &amp;pitch (PDF)…</translation>
    </message>
    <message>
        <source>One page with the hook phrase, the pitch and the key figures, to print for the group</source>
        <translation>Une page avec la phrase d&apos;accroche, le pitch et les chiffres clés, à imprimer pour le groupe</translation>
    </message>
    <message>
        <source>Rehearse the pitch</source>
        <translation>Répéter le pitch</translation>
    </message>
    <message>
        <source>Open a project, or choose one in the list, first.</source>
        <translation>Ouvrez d&apos;abord un projet, ou choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Pitch run kept: %1</source>
        <translation>Passage du pitch gardé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pitch sheet</source>
        <translation>Fiche pitch</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pitch sheet written: %1</source>
        <translation>Fiche pitch écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The &amp;Department&apos;s key…</source>
        <translation>C&amp;lé du Département…</translation>
    </message>
    <message>
        <source>Import or create the key deposit files are sealed for</source>
        <translation>Importer ou créer la clé pour laquelle les fichiers de dépôt sont scellés</translation>
    </message>
    <message>
        <source>About this &amp;workspace…</source>
        <translation>À propos de cet espa&amp;ce…</translation>
    </message>
    <message>
        <source>The workspace&apos;s file, its signing key&apos;s fingerprint, the workspaces it trusts</source>
        <translation>Le fichier de l&apos;espace, l&apos;empreinte de sa clé de signature, les espaces qu&apos;il reconnaît</translation>
    </message>
    <message>
        <source>“%1” is sealed for the Department (key %2): it is opened by the mission officers&apos; workspace that holds the key&apos;s secret half, not by this one. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» est scellé pour le Département (clé %2)&#xa0;: il s&apos;ouvre dans l&apos;espace des chargés de mission, qui détient la partie secrète de la clé, pas dans celui-ci. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is sealed for another key (fingerprint %2), not for the Department&apos;s key of this workspace (%3): it cannot be opened here. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» est scellé pour une autre clé (empreinte %2), pas pour la clé du Département de cet espace (%3)&#xa0;: il ne peut pas être ouvert ici. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is sealed for the Department. Type the passphrase of its key to open it.</source>
        <translation>«&#xa0;%1&#xa0;» est scellé pour le Département. Tapez la phrase de passe de sa clé pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l&apos;espace de travail…</translation>
    </message>
</context>
<context>
    <name>Methodology</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>unknown property “%1”</source>
        <translation>propriété «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>«&#xa0;%1&#xa0;» manque</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>«&#xa0;%1&#xa0;» doit être un texte</translation>
    </message>
    <message>
        <source>“%1” is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 caractères</translation>
    </message>
    <message>
        <source>the key “%1” must be lower-case letters, digits or “_”, starting with a letter</source>
        <translation>la clé «&#xa0;%1&#xa0;» doit être faite de lettres minuscules, de chiffres ou de «&#xa0;_&#xa0;», et commencer par une lettre</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>“%1” must be a whole number between %2 and %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier compris entre %2 et %3</translation>
    </message>
    <message>
        <source>“%1” must be a number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>a choice needs “options”</source>
        <translation>un choix a besoin d&apos;«&#xa0;options&#xa0;»</translation>
    </message>
    <message>
        <source>“options” must be a list of 1 to %1 texts</source>
        <translation>«&#xa0;options&#xa0;» doit être une liste de 1 à %1 textes</translation>
    </message>
    <message>
        <source>each option must be a non-empty text</source>
        <translation>chaque option doit être un texte non vide</translation>
    </message>
    <message>
        <source>the option “%1” appears twice</source>
        <translation>l&apos;option «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>unknown type “%1” (known types: %2)</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu (types connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>“minimum” is greater than “maximum”</source>
        <translation>«&#xa0;minimum&#xa0;» est plus grand que «&#xa0;maximum&#xa0;»</translation>
    </message>
    <message>
        <source>section “%1”</source>
        <translation>section «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>section “%1”, field “%2”</source>
        <translation>section «&#xa0;%1&#xa0;», champ «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The file is too large for a methodology definition (%1 MB at most).</source>
        <translation>Le fichier est trop gros pour une fiche méthodologique (%1 Mo au plus).</translation>
    </message>
    <message>
        <source>line %1, column %2: this is not valid JSON (%3)</source>
        <translation>ligne %1, colonne %2&#xa0;: ce n&apos;est pas du JSON valide (%3)</translation>
    </message>
    <message>
        <source>line 1: a methodology definition is a JSON object</source>
        <translation>ligne 1&#xa0;: une fiche méthodologique est un objet JSON</translation>
    </message>
    <message>
        <source>this is not a Comptoir methodology definition (“format” must be “comptoir-methodology”)</source>
        <translation>ce n&apos;est pas une fiche méthodologique Comptoir («&#xa0;format&#xa0;» doit valoir «&#xa0;comptoir-methodology&#xa0;»)</translation>
    </message>
    <message>
        <source>this definition needs a newer version of Comptoir (format %1)</source>
        <translation>cette fiche demande une version plus récente de Comptoir (format %1)</translation>
    </message>
    <message>
        <source>“formatVersion” is missing</source>
        <translation>«&#xa0;formatVersion&#xa0;» manque</translation>
    </message>
    <message>
        <source>the code “%1” must be lower-case letters and digits separated by “-”</source>
        <translation>le code «&#xa0;%1&#xa0;» doit être fait de lettres minuscules et de chiffres séparés par des «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>“version” is missing</source>
        <translation>«&#xa0;version&#xa0;» manque</translation>
    </message>
    <message>
        <source>“sections” must be a list of 1 to %1 sections</source>
        <translation>«&#xa0;sections&#xa0;» doit être une liste de 1 à %1 sections</translation>
    </message>
    <message>
        <source>each section must be a JSON object</source>
        <translation>chaque section doit être un objet JSON</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>section %1</translation>
    </message>
    <message>
        <source>another section has the same key</source>
        <translation>une autre section a la même clé</translation>
    </message>
    <message>
        <source>“fields” must be a list of 1 to %1 fields</source>
        <translation>«&#xa0;fields&#xa0;» doit être une liste de 1 à %1 champs</translation>
    </message>
    <message>
        <source>each field must be a JSON object</source>
        <translation>chaque champ doit être un objet JSON</translation>
    </message>
    <message>
        <source>another field of this section has the same key</source>
        <translation>un autre champ de cette section a la même clé</translation>
    </message>
    <message>
        <source>“minRows” is greater than “maxRows”</source>
        <translation>«&#xa0;minRows&#xa0;» est plus grand que «&#xa0;maxRows&#xa0;»</translation>
    </message>
    <message>
        <source>rows need “columns”: a list of 1 to %1 columns</source>
        <translation>des lignes ont besoin de «&#xa0;columns&#xa0;»&#xa0;: une liste de 1 à %1 colonnes</translation>
    </message>
    <message>
        <source>each column must be a JSON object</source>
        <translation>chaque colonne doit être un objet JSON</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>another column has the same key</source>
        <translation>une autre colonne a la même clé</translation>
    </message>
    <message>
        <source>a column cannot be of type “%1”</source>
        <translation>une colonne ne peut pas être de type «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Who?</source>
        <translation>Qui&#xa0;?</translation>
    </message>
    <message>
        <source>Who is concerned by the problem?</source>
        <translation>Qui est concerné par le problème&#xa0;?</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Quoi&#xa0;?</translation>
    </message>
    <message>
        <source>What is the problem, exactly?</source>
        <translation>Quel est le problème, précisément&#xa0;?</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Où&#xa0;?</translation>
    </message>
    <message>
        <source>Where does it happen?</source>
        <translation>Où se pose-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Quand&#xa0;?</translation>
    </message>
    <message>
        <source>When, how often, since when?</source>
        <translation>Quand, à quelle fréquence, depuis quand&#xa0;?</translation>
    </message>
    <message>
        <source>How?</source>
        <translation>Comment&#xa0;?</translation>
    </message>
    <message>
        <source>How does it show?</source>
        <translation>Comment se manifeste-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Why is it a problem? What are its causes?</source>
        <translation>Pourquoi est-ce un problème&#xa0;? Quelles en sont les causes&#xa0;?</translation>
    </message>
    <message>
        <source>For whom?</source>
        <translation>Pour qui&#xa0;?</translation>
    </message>
    <message>
        <source>For whom would solving it make a difference?</source>
        <translation>Pour qui le résoudre changerait-il les choses&#xa0;?</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effets</translation>
    </message>
    <message>
        <source>What the problem leads to. One per line.</source>
        <translation>Ce que le problème entraîne. Un par ligne.</translation>
    </message>
    <message>
        <source>Main problem</source>
        <translation>Problème principal</translation>
    </message>
    <message>
        <source>The problem the project tackles, in one sentence.</source>
        <translation>Le problème auquel le projet s&apos;attaque, en une phrase.</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>What leads to the problem. One per line.</source>
        <translation>Ce qui provoque le problème. Une par ligne.</translation>
    </message>
    <message>
        <source>Social needs</source>
        <translation>Besoins sociaux</translation>
    </message>
    <message>
        <source>The needs the project answers.</source>
        <translation>Les besoins auxquels le projet répond.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>What the project provides: services, products, activities.</source>
        <translation>Ce que le projet propose&#xa0;: services, produits, activités.</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Who benefits from the offer.</source>
        <translation>Qui profite de l&apos;offre.</translation>
    </message>
    <message>
        <source>Customers and payers</source>
        <translation>Clients et payeurs</translation>
    </message>
    <message>
        <source>Who pays, if not the beneficiaries.</source>
        <translation>Qui paie, si ce ne sont pas les bénéficiaires.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>How beneficiaries hear of the project and reach it.</source>
        <translation>Comment les bénéficiaires connaissent le projet et y accèdent.</translation>
    </message>
    <message>
        <source>Social impact</source>
        <translation>Impact social</translation>
    </message>
    <message>
        <source>The change the project brings, and how it is measured.</source>
        <translation>Le changement que le projet apporte, et comment on le mesure.</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>Activités clés</translation>
    </message>
    <message>
        <source>What must be done for the offer to exist.</source>
        <translation>Ce qu&apos;il faut faire pour que l&apos;offre existe.</translation>
    </message>
    <message>
        <source>Key resources</source>
        <translation>Ressources clés</translation>
    </message>
    <message>
        <source>People, places, equipment, skills needed.</source>
        <translation>Personnes, lieux, équipements, compétences nécessaires.</translation>
    </message>
    <message>
        <source>Key partners</source>
        <translation>Partenaires clés</translation>
    </message>
    <message>
        <source>Who the project cannot do without.</source>
        <translation>Ceux sans qui le projet ne peut pas se faire.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>The main costs.</source>
        <translation>Les principaux coûts.</translation>
    </message>
    <message>
        <source>Revenues</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Sales, subsidies, donations, membership fees…</source>
        <translation>Ventes, subventions, dons, cotisations…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where: what is wrong</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“translations” must be an object, by language</source>
        <translation>«&#xa0;translations&#xa0;» doit être un objet, par langue</translation>
    </message>
    <message>
        <source>“translations” holds more than 20 languages</source>
        <translation>«&#xa0;translations&#xa0;» contient plus de 20 langues</translation>
    </message>
    <message>
        <source>this must be an object</source>
        <translation>ceci doit être un objet</translation>
    </message>
    <message numerus="yes">
        <source>“options” must translate each of the %n option(s), in order</source>
        <translation>
            <numerusform>«&#xa0;options&#xa0;» doit traduire la %n option, dans l&apos;ordre</numerusform>
            <numerusform>«&#xa0;options&#xa0;» doit traduire chacune des %n options, dans l&apos;ordre</numerusform>
        </translation>
    </message>
    <message>
        <source>translation “%1”</source>
        <translation>traduction «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a language code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue</translation>
    </message>
    <message>
        <source>the definition has no such section</source>
        <translation>la définition n&apos;a pas cette section</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the section has no such field</source>
        <translation>la section n&apos;a pas ce champ</translation>
    </message>
    <message>
        <source>the field has no such column</source>
        <translation>le champ n&apos;a pas cette colonne</translation>
    </message>
</context>
<context>
    <name>MethodologyStore</name>
    <message>
        <source>The methodology cannot be stored: %1</source>
        <translation>La fiche méthodologique ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace already holds a different “%1”, version %2. A changed definition needs a new version number.</source>
        <translation>L&apos;espace de travail contient déjà une autre «&#xa0;%1&#xa0;», version %2. Une fiche modifiée doit porter un nouveau numéro de version.</translation>
    </message>
    <message>
        <source>The methodology cannot be read: %1</source>
        <translation>La fiche méthodologique ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>This methodology is not in the workspace.</source>
        <translation>Cette fiche méthodologique n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The methodology stored in the workspace is damaged: %1</source>
        <translation>La fiche méthodologique enregistrée dans l&apos;espace de travail est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The methodologies cannot be read: %1</source>
        <translation>Les fiches méthodologiques ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseignée)</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>W and 9 digits, for an association</source>
        <translation>W et 9 chiffres, pour une association</translation>
    </message>
    <message>
        <source>ESUS approval of…, statutes article…</source>
        <translation>Agrément ESUS du…, statuts article…</translation>
    </message>
    <message>
        <source>The holders &amp;declare it of the ESS</source>
        <translation>Les porteurs la &amp;déclarent de l&apos;ESS</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;RNA number:</source>
        <translation>Numéro &amp;RNA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ESS status:</source>
        <translation>Statut &amp;ESS&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Justificatif&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Carries %n project(s)</source>
        <translation>
            <numerusform>Porte %n projet</numerusform>
            <numerusform>Porte %n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) belong to it.</source>
        <translation>
            <numerusform>%n porteur en fait partie.</numerusform>
            <numerusform>%n porteurs en font partie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other themes, separated by semicolons</source>
        <translation>Autres thèmes, séparés par des points-virgules</translation>
    </message>
    <message>
        <source>The &amp;whole department</source>
        <translation>&amp;Tout le département</translation>
    </message>
    <message>
        <source>Communes, separated by semicolons</source>
        <translation>Communes, séparées par des points-virgules</translation>
    </message>
    <message>
        <source>The contact person agreed that these details be &amp;shared with other workspaces</source>
        <translation>La personne à contacter accepte que ces coordonnées soient &amp;transmises à d&apos;autres espaces</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>T&amp;hèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ommunes:</source>
        <translation>C&amp;ommunes&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mptoirs attended:</source>
        <translation>Co&amp;mptoirs fréquentés&#xa0;:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Personne à contacter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>In the &amp;directory as:</source>
        <translation>Dans l&apos;&amp;annuaire comme&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation>S&amp;tructure</translation>
    </message>
    <message>
        <source>Director&amp;y</source>
        <translation>Ann&amp;uaire</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Already known with this number: “%1”. OK will offer to merge them.</source>
        <translation>Déjà connue sous ce numéro&#xa0;: «&#xa0;%1&#xa0;». OK proposera de les fusionner.</translation>
    </message>
    <message>
        <source>These communes are not of the Pas-de-Calais: %1.</source>
        <translation>Ces communes ne sont pas du Pas-de-Calais&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Merge the organisations</source>
        <translation>Fusionner les structures</translation>
    </message>
    <message>
        <source>“%1” has the same number. Merge “%2” into it? Its projects and holders will then belong to “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» a le même numéro. Y fusionner «&#xa0;%2&#xa0;»&#xa0;? Ses projets et ses porteurs appartiendront alors à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OrganisationListModel</name>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>RNA %1</source>
        <translation>RNA %1</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclarée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SIRET or RNA</source>
        <translation>SIRET ou RNA</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>ESS</source>
        <translation>ESS</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
</context>
<context>
    <name>OrganisationPickerDialog</name>
    <message>
        <source>The project&apos;s structure</source>
        <translation>La structure du projet</translation>
    </message>
    <message>
        <source>Name, legal form or commune…</source>
        <translation>Nom, forme juridique ou commune…</translation>
    </message>
    <message>
        <source>&amp;Find the structure:</source>
        <translation>&amp;Trouver la structure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New structure…</source>
        <translation>&amp;Nouvelle structure…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Association (loi 1901)</source>
        <translation>Association (loi 1901)</translation>
    </message>
    <message>
        <source>SCOP (société coopérative et participative)</source>
        <translation>SCOP (société coopérative et participative)</translation>
    </message>
    <message>
        <source>SCIC (société coopérative d&apos;intérêt collectif)</source>
        <translation>SCIC (société coopérative d&apos;intérêt collectif)</translation>
    </message>
    <message>
        <source>Other cooperative</source>
        <translation>Autre coopérative</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>ESUS company (approved)</source>
        <translation>Entreprise ESUS (agréée)</translation>
    </message>
    <message>
        <source>Commercial company</source>
        <translation>Société commerciale</translation>
    </message>
    <message>
        <source>Collective without statutes</source>
        <translation>Collectif sans statut</translation>
    </message>
    <message>
        <source>Local authority or public body</source>
        <translation>Collectivité ou établissement public</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Of the ESS by its legal form</source>
        <translation>De l&apos;ESS par sa forme juridique</translation>
    </message>
    <message>
        <source>ESUS approval</source>
        <translation>Agrément ESUS</translation>
    </message>
    <message>
        <source>ESS company (law of 31 July 2014)</source>
        <translation>Entreprise de l&apos;ESS (loi du 31 juillet 2014)</translation>
    </message>
    <message>
        <source>Not of the ESS</source>
        <translation>Hors ESS</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>Pas dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Financer</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>ESS ambassador</source>
        <translation>Ambassadeur ESS</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Une structure doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1…” is too long (%2 characters at most).</source>
        <translation>«&#xa0;%1…&#xa0;» est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>The notes are too long (%1 characters at most).</source>
        <translation>Les notes sont trop longues (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A theme cannot contain a comma: “%1”.</source>
        <translation>Un thème ne peut pas contenir de virgule&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The organisation could not be saved</source>
        <translation>La structure n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation>Cette structure n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The organisation could not be saved: %1</source>
        <translation>La structure n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The duplicates could not be read</source>
        <translation>Les doublons n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>RNA %1</source>
        <translation>RNA %1</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation>Une structure ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>The organisations could not be merged</source>
        <translation>Les structures n&apos;ont pas pu être fusionnées</translation>
    </message>
    <message>
        <source>The organisations could not be merged: %1</source>
        <translation>Les structures n&apos;ont pas pu être fusionnées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No project yet</source>
        <translation>Pas encore de projet</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>pas de projet</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
</context>
<context>
    <name>ParticipantsPane</name>
    <message>
        <source>&amp;Register a holder…</source>
        <translation>Ins&amp;crire un·e porteur·euse…</translation>
    </message>
    <message>
        <source>Remove from the &amp;list</source>
        <translation>Retirer de la &amp;liste</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;details…</source>
        <translation>&amp;Fiche du porteur…</translation>
    </message>
    <message>
        <source>Pro&amp;ject…</source>
        <translation>Pro&amp;jet…</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (touche %2)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Keys in the list: P present, A absent, E excused, I registered; Enter opens the project.</source>
        <translation>Touches dans la liste&#xa0;: P présent, A absent, E excusé, I inscrit&#xa0;; Entrée ouvre le projet.</translation>
    </message>
    <message>
        <source>No workshop yet: create one with “New workshop”.</source>
        <translation>Pas encore d&apos;atelier&#xa0;: créez-en un avec «&#xa0;Nouvel atelier&#xa0;».</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation>Sans comptoir</translation>
    </message>
    <message>
        <source>Facilitated by %1</source>
        <translation>Animé par %1</translation>
    </message>
    <message>
        <source>Register a holder</source>
        <translation>Inscrire un·e porteur·euse</translation>
    </message>
    <message numerus="yes">
        <source>The workshop is full (%n place(s)). Register them all the same?</source>
        <translation>
            <numerusform>L&apos;atelier est complet (%n place). L&apos;inscrire quand même&#xa0;?</numerusform>
            <numerusform>L&apos;atelier est complet (%n places). L&apos;inscrire quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Remove %1 from this workshop&apos;s list?</source>
        <translation>Retirer %1 de la liste de cet atelier&#xa0;?</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>A new project</source>
        <translation>Un nouveau projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>The project %1 works on at this workshop:</source>
        <translation>Le projet sur lequel %1 travaille pendant cet atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n présent</numerusform>
            <numerusform>%n présents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation>%1 pour %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PartnerSuggestions</name>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>L&apos;annuaire n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>supports « %1 »</source>
        <translation>soutient «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>works in the whole department</source>
        <translation>intervient dans tout le département</translation>
    </message>
    <message>
        <source>works in %1</source>
        <translation>intervient à %1</translation>
    </message>
    <message>
        <source>comes to the %1</source>
        <translation>vient au %1</translation>
    </message>
    <message>
        <source>The holders could not be read: %1</source>
        <translation>Les porteurs n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The Department&apos;s key</source>
        <translation>Clé du Département</translation>
    </message>
    <message>
        <source>Key « %1 », fingerprint %2.</source>
        <translation>Clé «&#xa0;%1&#xa0;», empreinte %2.</translation>
    </message>
    <message>
        <source>&amp;Passphrase (asked once until Comptoir is closed):</source>
        <translation>&amp;Phrase de passe (demandée une fois, jusqu&apos;à la fermeture de Comptoir)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The document was not started.</source>
        <translation>Le document n&apos;a pas été commencé.</translation>
    </message>
    <message>
        <source>“%1” could not be written completely.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit entièrement.</translation>
    </message>
</context>
<context>
    <name>PdfModule</name>
    <message>
        <source>Comptoir&apos;s PDF module lacks a function: reinstall Comptoir.</source>
        <translation>Il manque une fonction au module PDF de Comptoir&#xa0;: réinstallez Comptoir.</translation>
    </message>
</context>
<context>
    <name>PitchRehearsal</name>
    <message>
        <source>Pitch rehearsal</source>
        <translation>Répétition du pitch</translation>
    </message>
    <message>
        <source>(no hook phrase yet: section « Le pitch »)</source>
        <translation>(pas encore de phrase d&apos;accroche&#xa0;: section «&#xa0;Le pitch&#xa0;»)</translation>
    </message>
    <message>
        <source>Space: start or pause · R: start again · Enter: end the run · Esc: leave without keeping it</source>
        <translation>Espace&#xa0;: démarrer ou mettre en pause · R&#xa0;: recommencer · Entrée&#xa0;: terminer le passage · Échap&#xa0;: quitter sans le garder</translation>
    </message>
    <message>
        <source>The group&apos;s &amp;remarks:</source>
        <translation>Les &amp;remarques du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep this run</source>
        <translation>&amp;Garder ce passage</translation>
    </message>
    <message>
        <source>&amp;Do not keep it</source>
        <translation>&amp;Ne pas le garder</translation>
    </message>
    <message>
        <source>Run it &amp;again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>%1 of the %2 given</source>
        <translation>%1 sur les %2 donnés</translation>
    </message>
    <message>
        <source>%1 of the %2 given: %3 over</source>
        <translation>%1 sur les %2 donnés&#xa0;: %3 de trop</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Space to start</source>
        <translation>Espace pour démarrer</translation>
    </message>
</context>
<context>
    <name>PitchRuns</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The pitch runs could not be read</source>
        <translation>Les passages du pitch n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>A pitch run needs its length.</source>
        <translation>Un passage du pitch doit avoir sa durée.</translation>
    </message>
    <message>
        <source>The remarks are too long (%1 characters at most).</source>
        <translation>Les remarques sont trop longues (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The pitch run could not be saved</source>
        <translation>Le passage du pitch n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>This pitch run no longer exists.</source>
        <translation>Ce passage du pitch n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>PitchSheet</name>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais · pitch sheet</source>
        <translation>Budget citoyen du Pas-de-Calais · fiche pitch</translation>
    </message>
    <message>
        <source>(no hook phrase yet)</source>
        <translation>(pas encore de phrase d&apos;accroche)</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Budget (expenses)</source>
        <translation>Budget (dépenses)</translation>
    </message>
    <message>
        <source>Beneficiaries expected</source>
        <translation>Bénéficiaires attendus</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>Start planned</source>
        <translation>Démarrage prévu</translation>
    </message>
    <message>
        <source>Time to speak</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernier passage</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>The pitch</source>
        <translation>Le pitch</translation>
    </message>
    <message>
        <source>(the pitch is not written yet)</source>
        <translation>(le pitch n&apos;est pas encore écrit)</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Pitch sheet · %1</source>
        <translation>Fiche pitch · %1</translation>
    </message>
    <message>
        <source>The pitch sheet could not be drawn.</source>
        <translation>La fiche pitch n&apos;a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>Pitch sheet - %1.pdf</source>
        <translation>Fiche pitch - %1.pdf</translation>
    </message>
</context>
<context>
    <name>PlatformExport</name>
    <message>
        <source>The profile is too large (%1 KB at most).</source>
        <translation>Le profil est trop gros (%1 Ko au plus).</translation>
    </message>
    <message>
        <source>The profile is not JSON (%1 at byte %2).</source>
        <translation>Le profil n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>This is not a platform profile (“format” must be “comptoir-platform-profile”, “formatVersion” 1).</source>
        <translation>Ce n&apos;est pas un profil de plateforme («&#xa0;format&#xa0;» doit valoir «&#xa0;comptoir-platform-profile&#xa0;», «&#xa0;formatVersion&#xa0;» 1).</translation>
    </message>
    <message>
        <source>The profile has no “name”.</source>
        <translation>Le profil n&apos;a pas de «&#xa0;name&#xa0;».</translation>
    </message>
    <message>
        <source>The profile&apos;s “separator” must be one character (not a quote or a line break).</source>
        <translation>Le «&#xa0;separator&#xa0;» du profil doit être un seul caractère (ni guillemet ni saut de ligne).</translation>
    </message>
    <message>
        <source>%1: unknown value “%2” (use one of %3, or answer:&lt;section.field&gt;).</source>
        <translation>%1&#xa0;: valeur «&#xa0;%2&#xa0;» inconnue (utilisez %3, ou answer:&lt;section.champ&gt;).</translation>
    </message>
    <message>
        <source>The profile must list between 1 and 200 “columns”.</source>
        <translation>Le profil doit lister entre 1 et 200 «&#xa0;columns&#xa0;».</translation>
    </message>
    <message>
        <source>%1: the header is empty or used twice.</source>
        <translation>%1&#xa0;: l&apos;en-tête est vide ou utilisé deux fois.</translation>
    </message>
    <message>
        <source>body[%1]: the body cannot contain itself.</source>
        <translation>body[%1]&#xa0;: le corps ne peut pas se contenir lui-même.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a usable profile: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un profil utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 - attachments</source>
        <translation>%1 - pièces jointes</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>“%1” was written, but not its attachments: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit, mais pas ses pièces jointes&#xa0;: %2</translation>
    </message>
    <message>
        <source>The attachments cannot be read: %1</source>
        <translation>Les pièces jointes ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PrintModule</name>
    <message>
        <source>Comptoir&apos;s printing module lacks a function: reinstall Comptoir.</source>
        <translation>Il manque une fonction au module d’impression de Comptoir&#xa0;: réinstallez Comptoir.</translation>
    </message>
</context>
<context>
    <name>ProjectAnswers</name>
    <message>
        <source>The answers cannot be read: %1</source>
        <translation>Les réponses ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>La réponse n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>Le projet ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Anonymised holder</source>
        <translation>Porteur anonymisé</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsPane</name>
    <message>
        <source>Holders:</source>
        <translation>Porteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Structure:</source>
        <translation>Structure&#xa0;:</translation>
    </message>
    <message>
        <source>Comptoir:</source>
        <translation>Comptoir&#xa0;:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Commune&#xa0;:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Édition&#xa0;:</translation>
    </message>
    <message>
        <source>Amount requested:</source>
        <translation>Montant demandé&#xa0;:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget&#xa0;:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Avancement&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Select a project to see its details.</source>
        <translation>Sélectionnez un projet pour en voir le détail.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>declared ESS</source>
        <translation>ESS déclarée</translation>
    </message>
    <message>
        <source>ESS status not declared</source>
        <translation>statut ESS non déclaré</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisie</translation>
    </message>
    <message>
        <source>%1 (ceiling %2)</source>
        <translation>%1 (plafond %2)</translation>
    </message>
    <message>
        <source>No budget lines yet</source>
        <translation>Aucune ligne de budget pour l&apos;instant</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>équilibré</translation>
    </message>
    <message>
        <source>resources exceed expenses by %1</source>
        <translation>les ressources dépassent les dépenses de %1</translation>
    </message>
    <message>
        <source>%1 of expenses not covered</source>
        <translation>%1 de dépenses non couvertes</translation>
    </message>
    <message>
        <source>expenses %1, resources %2 — %3</source>
        <translation>dépenses %1, ressources %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) written</source>
        <translation>
            <numerusform>%n réponse rédigée</numerusform>
            <numerusform>%n réponses rédigées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) attended</source>
        <translation>
            <numerusform>%n atelier suivi</numerusform>
            <numerusform>%n ateliers suivis</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1, updated %2</source>
        <translation>créé le %1, modifié le %2</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Pas encore de résumé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n required field(s) answered</source>
        <translation>
            <numerusform>%1 champ obligatoire rempli sur %n</numerusform>
            <numerusform>%1 champs obligatoires remplis sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>← &amp;Projects</source>
        <translation>← &amp;Projets</translation>
    </message>
    <message>
        <source>Back to the list of projects (Alt+Left)</source>
        <translation>Retour à la liste des projets (Alt+Gauche)</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tade&#xa0;:</translation>
    </message>
    <message>
        <source>Ed&amp;ition:</source>
        <translation>Éd&amp;ition&#xa0;:</translation>
    </message>
    <message>
        <source>Com&amp;ptoir:</source>
        <translation>Com&amp;ptoir&#xa0;:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Catégor&amp;ie&#xa0;:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ Pré&amp;cédent</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+Page Up)</source>
        <translation>Section précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Next section (Ctrl+Page Down)</source>
        <translation>Section suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Help&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aide&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Help for the current field</source>
        <translation>Aide du champ courant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eligibility&lt;/b&gt;</source>
        <translation>&lt;b&gt;Éligibilité&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Eligibility checks</source>
        <translation>Critères d&apos;éligibilité</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subsidy estimate&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estimation de la subvention&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translation>Réponses archivées</translation>
    </message>
    <message>
        <source>Answers to fields that this version of the methodology no longer has: kept, never deleted.</source>
        <translation>Réponses à des champs que cette version de la méthodologie n&apos;a plus&#xa0;: conservées, jamais supprimées.</translation>
    </message>
    <message>
        <source>These answers were written under another version of the methodology, whose fields this one no longer has. They are kept as they were and travel with the project.</source>
        <translation>Ces réponses ont été écrites sous une autre version de la méthodologie, dont celle-ci n&apos;a plus les champs. Elles sont conservées telles quelles et voyagent avec le projet.</translation>
    </message>
    <message>
        <source>Written under “%1”, version %2</source>
        <translation>Écrite sous «&#xa0;%1&#xa0;», version %2</translation>
    </message>
    <message>
        <source>Section %1 of %2</source>
        <translation>Section %1 sur %2</translation>
    </message>
    <message>
        <source>edit the budget</source>
        <translation>la modification du budget</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Example&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;margin-left:8px&apos;&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Exemple&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;margin-left:8px&apos;&gt;&lt;i&gt;%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marked ready despite the checks:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Marqué prêt malgré les critères&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>No edition</source>
        <translation>Aucune édition</translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation>Aucun comptoir</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Aucune catégorie</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2
%n field(s) answered</source>
        <translation>
            <numerusform>%1. %2
%n champ rempli</numerusform>
            <numerusform>%1. %2
%n champs remplis</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passes: the project can be marked ready to deposit.</source>
        <translation>Tous les critères sont remplis&#xa0;: le projet peut être marqué prêt à déposer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) pass.</source>
        <translation>
            <numerusform>%1 critère sur %n est rempli.</numerusform>
            <numerusform>%1 critères sur %n sont remplis.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>change the edition</source>
        <translation>le changement d&apos;édition</translation>
    </message>
    <message>
        <source>change the comptoir</source>
        <translation>le changement de comptoir</translation>
    </message>
    <message>
        <source>change the category</source>
        <translation>le changement de catégorie</translation>
    </message>
    <message>
        <source>← &amp;Workshop</source>
        <translation>← &amp;Atelier</translation>
    </message>
    <message>
        <source>End the workshop and go back to it (Alt+Left)</source>
        <translation>Terminer l&apos;atelier et y revenir (Alt+Gauche)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>From “%1” (%2 on %3)</source>
        <translation>Venu de «&#xa0;%1&#xa0;» (%2 le %3)</translation>
    </message>
    <message>
        <source>%1: “%2”, written on %3 by workspace %4 — %5</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;», écrit le %3 par l&apos;espace %4 — %5</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2
%3/%n required</source>
        <translation>
            <numerusform>%1. %2
%3/%n obligatoire</numerusform>
            <numerusform>%1. %2
%3/%n obligatoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n required field(s) answered</source>
        <translation>
            <numerusform>%1 champ obligatoire rempli sur %n</numerusform>
            <numerusform>%1 champs obligatoires remplis sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Quotes, statutes, photos, letters of support, plans</source>
        <translation>Devis, statuts, photos, lettres de soutien, plans</translation>
    </message>
    <message numerus="yes">
        <source>Attachments
%n piece(s)</source>
        <translation>
            <numerusform>Pièces jointes
%n pièce</numerusform>
            <numerusform>Pièces jointes
%n pièces</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose the structure…</source>
        <translation>&amp;Choisir la structure…</translation>
    </message>
    <message>
        <source>&amp;Edit the structure…</source>
        <translation>&amp;Modifier la structure…</translation>
    </message>
    <message>
        <source>&amp;No structure</source>
        <translation>&amp;Aucune structure</translation>
    </message>
    <message>
        <source>Str&amp;ucture:</source>
        <translation>Str&amp;ucture&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No structure recorded for this project</source>
        <translation>Aucune structure enregistrée pour ce projet</translation>
    </message>
    <message>
        <source>change the structure</source>
        <translation>le changement de structure</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Contacts, workshops attended and next steps after the comptoir</source>
        <translation>Contacts, ateliers suivis et prochaines étapes après le comptoir</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up
%n step(s) due</source>
        <translation>
            <numerusform>Suivi
%n étape échue</numerusform>
            <numerusform>Suivi
%n étapes échues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up
%n step(s) to do</source>
        <translation>
            <numerusform>Suivi
%n étape à faire</numerusform>
            <numerusform>Suivi
%n étapes à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLinks</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Possible cooperation</source>
        <translation>Coopération possible</translation>
    </message>
    <message>
        <source>A project cannot be linked to itself.</source>
        <translation>Un projet ne peut pas être lié à lui-même.</translation>
    </message>
    <message>
        <source>The link cannot be saved: %1</source>
        <translation>Le lien ne peut pas être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The link cannot be removed: %1</source>
        <translation>Le lien ne peut pas être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The links cannot be read: %1</source>
        <translation>Les liens ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>A project cannot be merged into itself.</source>
        <translation>Un projet ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The projects cannot be merged: %1</source>
        <translation>Les projets ne peuvent pas être fusionnés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Merged into this project: “%1” (%2, %3).</source>
        <translation>Fusionné dans ce projet&#xa0;: «&#xa0;%1&#xa0;» (%2, %3).</translation>
    </message>
    <message>
        <source>no comptoir</source>
        <translation>sans comptoir</translation>
    </message>
    <message>
        <source>Its answers that differed from this project&apos;s:</source>
        <translation>Ses réponses qui différaient de celles de ce projet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>The list of projects cannot be read: %1</source>
        <translation>La liste des projets ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Anonymised holder</source>
        <translation>Porteur anonymisé</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
</context>
<context>
    <name>ProjectMerge</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Reason for the stage</source>
        <translation>Motif de l&apos;étape</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Fiche méthodologique</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s); expenses %1, resources %2</source>
        <translation>
            <numerusform>%n ligne&#xa0;; dépenses %1, ressources %2</numerusform>
            <numerusform>%n lignes&#xa0;; dépenses %1, ressources %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Porteurs</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>ProjectRecord</name>
    <message>
        <source>The project could not be created: %1</source>
        <translation>Le projet n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project could not be deleted: %1</source>
        <translation>Le projet n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The stage could not be saved: %1</source>
        <translation>Le stade n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProjectSearch</name>
    <message>
        <source>%1, imported on %2</source>
        <translation>%1, importé le %2</translation>
    </message>
    <message>
        <source>The search index cannot be read: %1</source>
        <translation>L&apos;index de recherche ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search index cannot be updated: %1</source>
        <translation>L&apos;index de recherche ne peut pas être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>La recherche a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Filter by title, holder, comptoir, commune…</source>
        <translation>Filtrer par titre, porteur, comptoir, commune…</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Filtrer les projets</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tous les stades</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Loading the projects…</source>
        <translation>Chargement des projets…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln project(s)</source>
        <translation>
            <numerusform>%1 sur %Ln projet</numerusform>
            <numerusform>%1 sur %Ln projets</numerusform>
        </translation>
    </message>
    <message>
        <source>No project matches the filter.</source>
        <translation>Aucun projet ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Select a project to see its details.</source>
        <translation>Sélectionnez un projet pour en voir le détail.</translation>
    </message>
</context>
<context>
    <name>RegistrationImport</name>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Titre du projet</translation>
    </message>
    <message>
        <source>Consent: contact</source>
        <translation>Consentement&#xa0;: contact</translation>
    </message>
    <message>
        <source>Consent: publish the name</source>
        <translation>Consentement&#xa0;: publication du nom</translation>
    </message>
    <message>
        <source>Consent: photos</source>
        <translation>Consentement&#xa0;: photos</translation>
    </message>
    <message>
        <source>No column of the first line names the participants (such as “Nom”, “Prénom” or “Nom et prénom”): the first line must hold the column titles.</source>
        <translation>Aucune colonne de la première ligne ne nomme les participants (comme «&#xa0;Nom&#xa0;», «&#xa0;Prénom&#xa0;» ou «&#xa0;Nom et prénom&#xa0;»)&#xa0;: la première ligne doit porter les titres des colonnes.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non (%2).</translation>
    </message>
    <message>
        <source>The workshop no longer exists.</source>
        <translation>L&apos;atelier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>registration list “%1”</source>
        <translation>liste d&apos;inscriptions «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Line %1: the holder it matches no longer exists.</source>
        <translation>Ligne %1&#xa0;: le porteur correspondant n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: the project could not be created: %2</source>
        <translation>Ligne %1&#xa0;: le projet n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The registrations could not be written; nothing was imported.</source>
        <translation>Les inscriptions n&apos;ont pas pu être écrites&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) added.</source>
        <translation>
            <numerusform>%n porteur ajouté.</numerusform>
            <numerusform>%n porteurs ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s) already known, completed.</source>
        <translation>
            <numerusform>%n porteur déjà connu, complété.</numerusform>
            <numerusform>%n porteurs déjà connus, complétés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) for the workshop.</source>
        <translation>
            <numerusform>%n inscription à l&apos;atelier.</numerusform>
            <numerusform>%n inscriptions à l&apos;atelier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered.</source>
        <translation>
            <numerusform>%n déjà inscrit.</numerusform>
            <numerusform>%n déjà inscrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) created.</source>
        <translation>
            <numerusform>%n projet créé.</numerusform>
            <numerusform>%n projets créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped at your request.</source>
        <translation>
            <numerusform>%n ligne ignorée à votre demande.</numerusform>
            <numerusform>%n lignes ignorées à votre demande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a problem not imported.</source>
        <translation>
            <numerusform>%n ligne avec un problème non importée.</numerusform>
            <numerusform>%n lignes avec un problème non importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>a registration list</source>
        <translation>une liste d&apos;inscriptions</translation>
    </message>
</context>
<context>
    <name>RegistrationImportDialog</name>
    <message>
        <source>Import registrations — %1</source>
        <translation>Importer des inscriptions — %1</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, columns separated by %2; %n line(s) after the titles.</source>
        <translation>
            <numerusform>Lu en %1, colonnes séparées par des %2&#xa0;; %n ligne après les titres.</numerusform>
            <numerusform>Lu en %1, colonnes séparées par des %2&#xa0;; %n lignes après les titres.</numerusform>
        </translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>No workshop: add the holders only</source>
        <translation>Aucun atelier&#xa0;: ajouter seulement les porteurs</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Remplit</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Register for the &amp;workshop:</source>
        <translation>Inscrire à l&apos;&amp;atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Same person as line %1</source>
        <translation>Même personne que la ligne %1</translation>
    </message>
    <message>
        <source>Already known: %1%2</source>
        <translation>Déjà connu·e&#xa0;: %1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ready</source>
        <translation>
            <numerusform>%n ligne prête</numerusform>
            <numerusform>%n lignes prêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of which %n look(s) like a holder already known: choose for each.</source>
        <translation>
            <numerusform>, dont %n ressemble à un porteur déjà connu&#xa0;: choisissez quoi faire.</numerusform>
            <numerusform>, dont %n ressemblent à des porteurs déjà connus&#xa0;: choisissez pour chacune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a problem will not be imported (see “Check”).</source>
        <translation>
            <numerusform>%n ligne avec un problème ne sera pas importée (voir «&#xa0;Vérification&#xa0;»).</numerusform>
            <numerusform>%n lignes avec un problème ne seront pas importées (voir «&#xa0;Vérification&#xa0;»).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 lines are shown; all are imported.</source>
        <translation>Les %1 premières lignes sont affichées&#xa0;; toutes sont importées.</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>This workspace has no backup yet.</source>
        <translation>Cet espace de travail n’a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>Comptoir backs the workspace up when it opens, every ten minutes while it changes, and before an import, a migration or a restore; it keeps the last ten and one a day for thirty days. Backups are in %1.</source>
        <translation>Comptoir sauvegarde l’espace de travail à son ouverture, toutes les dix minutes tant qu’il change, et avant un import, une mise à jour ou une restauration&#xa0;; il garde les dix dernières sauvegardes et une par jour pendant trente jours. Elles sont dans %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Restore into a &amp;new file…</source>
        <translation>Restaurer dans un &amp;nouveau fichier…</translation>
    </message>
    <message>
        <source>&amp;Replace this workspace…</source>
        <translation>&amp;Remplacer cet espace de travail…</translation>
    </message>
    <message>
        <source>when the workspace was opened</source>
        <translation>à l’ouverture de l’espace de travail</translation>
    </message>
    <message>
        <source>while it changed</source>
        <translation>pendant les modifications</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>before an update of its format</source>
        <translation>avant une mise à jour de son format</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>sur demande</translation>
    </message>
    <message>
        <source> (restored)</source>
        <translation> (restauré)</translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation>Restaurer dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Comptoir workspaces (*.comptoirdb)</source>
        <translation>Espaces de travail Comptoir (*.comptoirdb)</translation>
    </message>
    <message>
        <source>Replace this workspace</source>
        <translation>Remplacer cet espace de travail</translation>
    </message>
    <message numerus="yes">
        <source>Put the backup of %1 (%n project(s)) in place of this workspace? What was written since is replaced; the workspace as it is now is backed up first, so this too can be taken back.</source>
        <translation>
            <numerusform>Mettre la sauvegarde du %1 (%n projet) à la place de cet espace de travail&#xa0;? Ce qui a été écrit depuis est remplacé&#xa0;; l’espace de travail tel qu’il est maintenant est sauvegardé d’abord, ce qui permet de revenir en arrière.</numerusform>
            <numerusform>Mettre la sauvegarde du %1 (%n projets) à la place de cet espace de travail&#xa0;? Ce qui a été écrit depuis est remplacé&#xa0;; l’espace de travail tel qu’il est maintenant est sauvegardé d’abord, ce qui permet de revenir en arrière.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>The review cannot be saved: %1</source>
        <translation>L&apos;instruction ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À instruire</translation>
    </message>
    <message>
        <source>To rework</source>
        <translation>À retravailler</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation>Non recevable</translation>
    </message>
    <message>
        <source>The review cannot be read: %1</source>
        <translation>L&apos;instruction ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Un commentaire ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A score goes from 0 to %1.</source>
        <translation>Une note va de 0 à %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&amp;Open the project</source>
        <translation>&amp;Ouvrir le projet</translation>
    </message>
    <message>
        <source>Your name, to sign reviews and comments</source>
        <translation>Votre nom, pour signer instructions et commentaires</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Instruit pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>Committee&apos;s grid (0 to 5 per criterion)</source>
        <translation>Grille du comité (de 0 à 5 par critère)</translation>
    </message>
    <message>
        <source>Comments for the committee</source>
        <translation>Commentaires pour le comité</translation>
    </message>
    <message>
        <source>A comment (Ctrl+Enter adds it)</source>
        <translation>Un commentaire (Ctrl+Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <source>&amp;Add the comment</source>
        <translation>A&amp;jouter le commentaire</translation>
    </message>
    <message>
        <source>Similar projects (all comptoirs and editions)</source>
        <translation>Projets semblables (tous comptoirs et éditions)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <source>Words in common</source>
        <translation>Mots en commun</translation>
    </message>
    <message>
        <source>Link as a &amp;duplicate</source>
        <translation>Lier comme dou&amp;blon</translation>
    </message>
    <message>
        <source>Link for &amp;cooperation</source>
        <translation>Lier pour une &amp;coopération</translation>
    </message>
    <message>
        <source>&amp;Merge into this project…</source>
        <translation>&amp;Fusionner dans ce projet…</translation>
    </message>
    <message>
        <source>Linked projects</source>
        <translation>Projets liés</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Déli&amp;er</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore instruit</translation>
    </message>
    <message>
        <source>Set by %1 on %2</source>
        <translation>Fixé par %1 le %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Scored by %1</source>
        <translation>Noté par %1</translation>
    </message>
    <message>
        <source>%1 (weight %2):</source>
        <translation>%1 (poids %2)&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 / 100&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 / 100&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Score every criterion to see the total.</source>
        <translation>Notez chaque critère pour voir le total.</translation>
    </message>
    <message>
        <source>The project has no edition: its edition&apos;s categories are the criteria.</source>
        <translation>Le projet n&apos;a pas d&apos;édition&#xa0;: les critères sont les catégories de son édition.</translation>
    </message>
    <message>
        <source>Weighted total:</source>
        <translation>Total pondéré&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Merge two projects</source>
        <translation>Fusionner deux projets</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?

“%2” keeps its answers and takes those it lacks; answers of “%1” that differ are copied into a comment. Holders, attendance, comments and links move to “%2”, then “%1” is removed. This cannot be undone; a file bringing “%1” again will not bring it back.</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;?

«&#xa0;%2&#xa0;» garde ses réponses et prend celles qui lui manquent&#xa0;; les réponses de «&#xa0;%1&#xa0;» qui diffèrent sont copiées dans un commentaire. Les porteurs, les présences, les commentaires et les liens passent à «&#xa0;%2&#xa0;», puis «&#xa0;%1&#xa0;» est supprimé. Ce n&apos;est pas annulable&#xa0;; un fichier qui apporterait de nouveau «&#xa0;%1&#xa0;» ne le fera pas revenir.</translation>
    </message>
    <message>
        <source>“%1” was merged into “%2”. Answers taken: %3; answers that differed, copied into a comment: %4; holders added: %5.</source>
        <translation>«&#xa0;%1&#xa0;» a été fusionné dans «&#xa0;%2&#xa0;». Réponses reprises&#xa0;: %3&#xa0;; réponses différentes, copiées dans un commentaire&#xa0;: %4&#xa0;; porteurs ajoutés&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Similar projects</source>
        <translation>Projets semblables</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message numerus="yes">
        <source>Attachments (%n)</source>
        <translation>
            <numerusform>Pièces jointes (%n)</numerusform>
            <numerusform>Pièces jointes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSearchPane</name>
    <message>
        <source>Search titles, summaries and every answer (accents need not be typed)</source>
        <translation>Rechercher dans les titres, les résumés et toutes les réponses (les accents sont facultatifs)</translation>
    </message>
    <message>
        <source>E&amp;dition:</source>
        <translation>É&amp;dition&#xa0;:</translation>
    </message>
    <message>
        <source>Comp&amp;toir:</source>
        <translation>Comp&amp;toir&#xa0;:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Stade&#xa0;:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <source>Arro&amp;ndissement:</source>
        <translation>Arro&amp;ndissement&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;PCI:</source>
        <translation>&amp;EPCI&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>&amp;Instruction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Imported from:</source>
        <translation>Im&amp;porté de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Failing an eligibility check</source>
        <translation>Une vérification d&apos;é&amp;ligibilité en échec</translation>
    </message>
    <message>
        <source>All</source>
        <comment>editions</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>comptoirs</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>stages</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>communes</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>arrondissements</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>EPCI</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>review statuses</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>origins</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All</source>
        <comment>categories</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Choose an edition</source>
        <translation>Choisir une édition</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the search over %Ln project(s)…</source>
        <translation>
            <numerusform>Préparation de la recherche dans %Ln projet…</numerusform>
            <numerusform>Préparation de la recherche dans %Ln projets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking eligibility…</source>
        <translation>Vérification de l’éligibilité…</translation>
    </message>
    <message>
        <source>Checking the eligibility of the projects…</source>
        <translation>Vérification de l’éligibilité des projets…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>No project found.</source>
        <translation>Aucun projet trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) found; the %1 most relevant shown.</source>
        <translation>
            <numerusform>%n projet trouvé&#xa0;; les %1 plus pertinents sont affichés.</numerusform>
            <numerusform>%n projets trouvés&#xa0;; les %1 plus pertinents sont affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) found.</source>
        <translation>
            <numerusform>%n projet trouvé.</numerusform>
            <numerusform>%n projets trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the projects</source>
        <translation>Rechercher dans les projets</translation>
    </message>
    <message>
        <source>Projects found</source>
        <translation>Projets trouvés</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The schema version cannot be read: %1</source>
        <translation>La version du format ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The update of the workspace could not start: %1</source>
        <translation>La mise à jour de l&apos;espace de travail n&apos;a pas pu commencer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The update script for version %1 is missing (%2).</source>
        <translation>Le script de mise à jour vers la version %1 est introuvable (%2).</translation>
    </message>
    <message>
        <source>The update to version %1 failed: %2</source>
        <translation>La mise à jour vers la version %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The update of the workspace could not be saved: %1</source>
        <translation>La mise à jour de l&apos;espace de travail n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The script %1 is missing.</source>
        <translation>Le script %1 est introuvable.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>La bibliothèque de cryptographie ne peut pas démarrer.</translation>
    </message>
</context>
<context>
    <name>SetAnswerCommand</name>
    <message>
        <source>edit “%1”</source>
        <translation>la modification de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SetReviewStatusCommand</name>
    <message>
        <source>the review status of “%1”</source>
        <translation>l&apos;état d&apos;instruction de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SetScoreCommand</name>
    <message>
        <source>the score “%1”</source>
        <translation>la note «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SetStageCommand</name>
    <message>
        <source>stage “%1”</source>
        <translation>le passage au stade «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>La bibliothèque de cryptographie ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The workspace&apos;s signing key is damaged.</source>
        <translation>La clé de signature de l&apos;espace est endommagée.</translation>
    </message>
    <message>
        <source>The workspace has no signing key: %1</source>
        <translation>L&apos;espace n&apos;a pas de clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>it was never made.</source>
        <translation>elle n&apos;a jamais été créée.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; 120 at most).</source>
        <translation>Le nom est trop long (%1 caractères&#xa0;; 120 au plus).</translation>
    </message>
</context>
<context>
    <name>SimilarProjects</name>
    <message>
        <source>Similar projects cannot be looked for: %1</source>
        <translation>Les projets semblables ne peuvent pas être recherchés&#xa0;: %1</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Ce projet n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>StageOverrideDialog</name>
    <message>
        <source>Mark as ready to deposit</source>
        <translation>Marquer prêt à déposer</translation>
    </message>
    <message>
        <source>These eligibility checks do not pass yet:&lt;ul&gt;%1&lt;/ul&gt;To mark the project ready to deposit all the same, write why. The reason is kept with the project and shown to the mission officers.</source>
        <translation>Ces critères d&apos;éligibilité ne sont pas encore remplis&#xa0;:&lt;ul&gt;%1&lt;/ul&gt;Pour marquer quand même le projet prêt à déposer, écrivez pourquoi. La raison est conservée avec le projet et montrée aux chargés de mission.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>For example: the co-financing of the commune is voted on 12 March.</source>
        <translation>Par exemple&#xa0;: le cofinancement de la commune est voté le 12 mars.</translation>
    </message>
    <message>
        <source>Mark as &amp;ready</source>
        <translation>Marquer &amp;prêt</translation>
    </message>
</context>
<context>
    <name>StageRules</name>
    <message>
        <source>The eligibility checks do not all pass: write why the project is ready anyway, or complete it first.</source>
        <translation>Les critères de recevabilité ne sont pas tous remplis&#xa0;: indiquez pourquoi le projet est prêt malgré tout, ou complétez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>A project is deposited once it is ready to deposit.</source>
        <translation>Un projet est déposé une fois prêt à déposer.</translation>
    </message>
    <message>
        <source>Only a deposited project receives the committee&apos;s decision.</source>
        <translation>Seul un projet déposé reçoit la décision du comité.</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Taking shape</source>
        <translation>En structuration</translation>
    </message>
    <message>
        <source>Ready to deposit</source>
        <translation>Prêt à déposer</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Labellisé</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenu</translation>
    </message>
</context>
<context>
    <name>SubsidyEstimate</name>
    <message>
        <source>No category is chosen: the category sets what can be granted.</source>
        <translation>Aucune catégorie n&apos;est choisie&#xa0;: c&apos;est elle qui fixe ce qui peut être accordé.</translation>
    </message>
    <message>
        <source>No amount is requested yet.</source>
        <translation>Aucun montant n&apos;est encore demandé.</translation>
    </message>
    <message>
        <source>%1 requested in the category “%2”.</source>
        <translation>%1 demandés dans la catégorie «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This is below the least the category grants (%1): nothing can be granted as it is.</source>
        <translation>C&apos;est moins que le minimum accordé par la catégorie (%1)&#xa0;: rien ne peut être accordé en l&apos;état.</translation>
    </message>
    <message>
        <source>Limited to the category&apos;s ceiling: %1.</source>
        <translation>Limité au plafond de la catégorie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Within the category&apos;s ceiling of %1.</source>
        <translation>Dans le plafond de la catégorie, %1.</translation>
    </message>
    <message>
        <source>If the project is labelled, it is funded in vote order until the edition&apos;s envelope of %1 runs out.</source>
        <translation>S&apos;il est labellisé, le projet est financé dans l&apos;ordre du vote, jusqu&apos;à épuisement de l&apos;enveloppe de %1 de l&apos;édition.</translation>
    </message>
    <message>
        <source>The committee did not select the project: nothing is granted.</source>
        <translation>Le comité n&apos;a pas retenu le projet&#xa0;: aucune subvention n&apos;est accordée.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Who to meet</source>
        <translation>Qui rencontrer</translation>
    </message>
    <message>
        <source>Partners and financers of the &amp;directory:</source>
        <translation>Partenaires et financeurs de l&apos;&amp;annuaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to the partners&apos; table</source>
        <translation>&amp;Ajouter au tableau des partenaires</translation>
    </message>
    <message>
        <source>Other porteurs&apos; projects alike (their holders agreed to be named), to meet at the next comptoir:</source>
        <translation>Projets proches d&apos;autres porteurs (qui ont accepté d&apos;être nommés), à rencontrer au prochain comptoir&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>No partner of the directory meets this project&apos;s theme or territory yet.</source>
        <translation>Aucun partenaire de l&apos;annuaire ne correspond encore au thème ou au territoire de ce projet.</translation>
    </message>
    <message>
        <source>%1 — %2 % alike</source>
        <translation>%1 — proche à %2 %</translation>
    </message>
    <message>
        <source>carried by %1</source>
        <translation>porté par %1</translation>
    </message>
    <message>
        <source>No project alike whose holders agreed to be named.</source>
        <translation>Aucun projet proche dont les porteurs ont accepté d&apos;être nommés.</translation>
    </message>
    <message>
        <source>Partners and financers to meet</source>
        <translation>Partenaires et financeurs à rencontrer</translation>
    </message>
    <message>
        <source>Projects alike to meet</source>
        <translation>Projets proches à rencontrer</translation>
    </message>
</context>
<context>
    <name>SyntheticWorkspace</name>
    <message>
        <source>The number of projects must be between 0 and 10,000,000.</source>
        <translation>Le nombre de projets doit être compris entre 0 et 10 000 000.</translation>
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation>Génération annulée.</translation>
    </message>
    <message>
        <source>The synthetic workspace could not be filled: %1</source>
        <translation>L&apos;espace synthétique n&apos;a pas pu être rempli&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ToFollowUpModel</name>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Due on %1: %2</source>
        <translation>Échue le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No contact since %1</source>
        <translation>Sans contact depuis le %1</translation>
    </message>
    <message numerus="yes">
        <source>No contact since %1: its edition allows %n week(s).</source>
        <translation>
            <numerusform>Sans contact depuis le %1&#xa0;: son édition permet %n semaine.</numerusform>
            <numerusform>Sans contact depuis le %1&#xa0;: son édition permet %n semaines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>The trash could not be written: %1</source>
        <translation>La corbeille n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>What it belonged to has been deleted for good.</source>
        <translation>Ce à quoi il appartenait a été supprimé définitivement.</translation>
    </message>
    <message>
        <source>It is in the workspace again (imported since it was deleted): there is nothing to restore.</source>
        <translation>Il est de nouveau dans l’espace de travail (importé depuis sa suppression)&#xa0;: il n’y a rien à restaurer.</translation>
    </message>
    <message>
        <source>It no longer exists.</source>
        <translation>Il n’existe plus.</translation>
    </message>
    <message>
        <source>The trash could not be written: the deletion left no trace.</source>
        <translation>La corbeille n’a pas pu être enregistrée&#xa0;: la suppression n’a pas laissé de trace.</translation>
    </message>
    <message>
        <source>It is no longer in the trash.</source>
        <translation>Il n’est plus dans la corbeille.</translation>
    </message>
    <message>
        <source>This entry of the trash is damaged: it cannot be restored.</source>
        <translation>Cet élément de la corbeille est endommagé&#xa0;: il ne peut pas être restauré.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Éléments supprimés</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>Supprimer &amp;définitivement…</translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s). Restored, a record comes back as it was, with its answers, budget, holders and review; deleted for good, it cannot be brought back. Either way, files already sent still say it was deleted.</source>
        <translation>
            <numerusform>%n élément supprimé. Restauré, il revient tel qu’il était, avec ses réponses, son budget, ses porteurs et son instruction&#xa0;; supprimé définitivement, il ne peut plus revenir. Dans les deux cas, les fichiers déjà envoyés disent toujours qu’il a été supprimé.</numerusform>
            <numerusform>%n éléments supprimés. Restauré, un élément revient tel qu’il était, avec ses réponses, son budget, ses porteurs et son instruction&#xa0;; supprimé définitivement, il ne peut plus revenir. Dans les deux cas, les fichiers déjà envoyés disent toujours qu’il a été supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message numerus="yes">
        <source>and %n other(s)</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete for good %1? This cannot be undone.</source>
        <translation>Supprimer définitivement %1&#xa0;? Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete for good the %n record(s) of the trash? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement l’élément de la corbeille&#xa0;? Cela ne peut pas être annulé.</numerusform>
            <numerusform>Supprimer définitivement les %n éléments de la corbeille&#xa0;? Cela ne peut pas être annulé.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TrashListModel</name>
    <message>
        <source>this workspace</source>
        <translation>cet espace de travail</translation>
    </message>
    <message>
        <source>another workspace (%1), through an imported file</source>
        <translation>un autre espace de travail (%1), par un fichier importé</translation>
    </message>
    <message>
        <source>another workspace</source>
        <translation>un autre espace de travail</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
</context>
<context>
    <name>Venues</name>
    <message>
        <source>A comptoir needs a name.</source>
        <translation>Un comptoir doit avoir un nom.</translation>
    </message>
    <message>
        <source>The comptoir could not be saved: %1</source>
        <translation>Le comptoir n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The comptoir could not be deleted: %1</source>
        <translation>Le comptoir n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A host structure needs a name.</source>
        <translation>Une structure d&apos;accueil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The host structure could not be saved: %1</source>
        <translation>La structure d&apos;accueil n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The host structure could not be deleted: %1</source>
        <translation>La structure d&apos;accueil n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>ESS ambassador</source>
        <translation>Ambassadeur ESS</translation>
    </message>
    <message>
        <source>Partner structure</source>
        <translation>Structure partenaire</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Comptoirs and host structures</source>
        <translation>Comptoirs et structures d&apos;accueil</translation>
    </message>
    <message>
        <source>Workshops are still held here</source>
        <translation>Des ateliers ont encore lieu ici</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hosted by:</source>
        <translation>&amp;Accueilli par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add a comptoir</source>
        <translation>A&amp;jouter un comptoir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add a structure</source>
        <translation>A&amp;jouter une structure</translation>
    </message>
    <message>
        <source>Comptoirs</source>
        <translation>Comptoirs</translation>
    </message>
    <message>
        <source>Host structures</source>
        <translation>Structures d&apos;accueil</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave the field.</source>
        <translation>Chaque modification est enregistrée dès que vous quittez le champ.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>No host structure</source>
        <translation>Pas de structure d&apos;accueil</translation>
    </message>
    <message>
        <source>New comptoir</source>
        <translation>Nouveau comptoir</translation>
    </message>
    <message>
        <source>This comptoir has workshops or projects: it was made inactive rather than deleted, so that their history keeps its place.</source>
        <translation>Ce comptoir a des ateliers ou des projets&#xa0;: il a été rendu inactif plutôt que supprimé, pour que leur historique garde sa place.</translation>
    </message>
    <message>
        <source>New structure</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>The comptoir is in the trash (File › Trash brings it back).</source>
        <translation>Le comptoir est à la corbeille (Fichier › Corbeille le rend).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Comptoir</source>
        <translation>Bienvenue dans Comptoir</translation>
    </message>
    <message>
        <source>Walk holders from their idea to a project ready to deposit on the Budget Citoyen platform, even without a network. A workspace is a single file: every change is written to it as soon as it is made.</source>
        <translation>Accompagnez les porteurs de leur idée jusqu&apos;à un projet prêt à déposer sur la plateforme du Budget Citoyen, même sans réseau. Un espace de travail est un simple fichier&#xa0;: chaque modification y est enregistrée dès qu&apos;elle est faite.</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Try the &amp;demo workspace</source>
        <translation>Essayer l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation>Sans comptoir</translation>
    </message>
    <message>
        <source>No edition</source>
        <translation>Sans édition</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Practical details, next steps agreed with the group…</source>
        <translation>Informations pratiques, suites convenues avec le groupe…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comptoir:</source>
        <translation>&amp;Comptoir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>É&amp;dition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>A&amp;nimation&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Places&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Finit à</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation>Sans comptoir</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n présent</numerusform>
            <numerusform>%n présents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>WorkshopReport</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>This workshop no longer exists.</source>
        <translation>Cet atelier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (d&apos;ici le %2)</translation>
    </message>
    <message>
        <source>WORKSHOP REPORT</source>
        <translation>COMPTE RENDU D&apos;ATELIER</translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation>Sans comptoir</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Qui est venu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Nobody was marked present.</source>
        <translation>Personne n&apos;a été marqué présent.</translation>
    </message>
    <message>
        <source>Projects that advanced</source>
        <translation>Projets qui ont avancé</translation>
    </message>
    <message>
        <source>Sections complete before</source>
        <translation>Sections complètes avant</translation>
    </message>
    <message>
        <source>Sections complete after</source>
        <translation>Sections complètes après</translation>
    </message>
    <message>
        <source>Answers written</source>
        <translation>Réponses écrites</translation>
    </message>
    <message>
        <source>%1/%2 (+%3)</source>
        <translation>%1/%2 (+%3)</translation>
    </message>
    <message>
        <source>No project was worked on.</source>
        <translation>Aucun projet n&apos;a été travaillé.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes</source>
        <translation>Notes de l&apos;animateur·rice</translation>
    </message>
    <message>
        <source>No next step was noted.</source>
        <translation>Aucune prochaine étape n&apos;a été notée.</translation>
    </message>
    <message>
        <source>Budget Citoyen of the Pas-de-Calais · workshop report</source>
        <translation>Budget Citoyen du Pas-de-Calais · compte rendu d&apos;atelier</translation>
    </message>
    <message>
        <source>Produced on %1</source>
        <translation>Produit le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Workshop report · %1</source>
        <translation>Compte rendu · %1</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>Le compte rendu n&apos;a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>Report - %1 - %2.pdf</source>
        <translation>Compte rendu - %1 - %2.pdf</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n présent</numerusform>
            <numerusform>%n présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excusé</numerusform>
            <numerusform>%n excusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Pitch runs</source>
        <translation>Passages du pitch</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Time given</source>
        <translation>Temps donné</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>No pitch was rehearsed.</source>
        <translation>Aucun pitch n&apos;a été répété.</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>From the idea to the project</source>
        <translation>De l&apos;idée au projet</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Modèle économique</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Social innovation, cooperation and ESS practices</source>
        <translation>Repérer les pratiques d&apos;innovation sociale, de coopération et d&apos;ESS</translation>
    </message>
    <message>
        <source>Discovering the ESS</source>
        <translation>Découvrir l&apos;ESS</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soirée</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>A workshop needs a date and a start time.</source>
        <translation>Un atelier doit avoir une date et une heure de début.</translation>
    </message>
    <message>
        <source>A workshop must end after it starts.</source>
        <translation>Un atelier doit finir après avoir commencé.</translation>
    </message>
    <message>
        <source>A workshop lasts a day at most.</source>
        <translation>Un atelier dure une journée au plus.</translation>
    </message>
    <message>
        <source>The capacity must be between 0 (no limit) and %1.</source>
        <translation>Le nombre de places doit être compris entre 0 (sans limite) et %1.</translation>
    </message>
    <message>
        <source>The workshop could not be saved: %1</source>
        <translation>L&apos;atelier n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This workshop no longer exists.</source>
        <translation>Cet atelier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The workshop could not be deleted: %1</source>
        <translation>L&apos;atelier n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No comptoir</source>
        <translation>Sans comptoir</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Edit the workshop…</source>
        <translation>&amp;Modifier l&apos;atelier…</translation>
    </message>
    <message>
        <source>&amp;Delete the workshop</source>
        <translation>&amp;Supprimer l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importer des inscriptions…</translation>
    </message>
    <message>
        <source>Attendance sheet as P&amp;DF…</source>
        <translation>Feuille d&apos;émargement en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print the attendance sheet…</source>
        <translation>Imp&amp;rimer la feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>&amp;Start the workshop</source>
        <translation>&amp;Démarrer l&apos;atelier</translation>
    </message>
    <message>
        <source>Run the workshop: its participants beside the editor, Ctrl+1…9 to switch</source>
        <translation>Animer l&apos;atelier&#xa0;: ses participants à côté de l&apos;éditeur, Ctrl+1…9 pour passer de l&apos;un à l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Comptoirs and host structures…</source>
        <translation>&amp;Comptoirs et structures d&apos;accueil…</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Delete the workshop</source>
        <translation>Supprimer l&apos;atelier</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.txt);;All files (*)</source>
        <translation>Exports de tableur (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be imported; nothing was changed.

%2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être importé&#xa0;; rien n&apos;a été modifié.

%2</translation>
    </message>
    <message>
        <source>Attendance sheet as PDF</source>
        <translation>Feuille d&apos;émargement en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The attendance sheet was written to “%1”.</source>
        <translation>La feuille d&apos;émargement a été enregistrée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Print the attendance sheet</source>
        <translation>Imprimer la feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée.</translation>
    </message>
    <message>
        <source>Workshop &amp;report as PDF…</source>
        <translation>Compte &amp;rendu de l&apos;atelier en PDF…</translation>
    </message>
    <message>
        <source>Who came, which projects advanced and by how much, the next steps noted</source>
        <translation>Qui est venu, quels projets ont avancé et de combien, les prochaines étapes notées</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>Compte rendu de l&apos;atelier</translation>
    </message>
    <message>
        <source>Workshop report as PDF</source>
        <translation>Compte rendu de l&apos;atelier en PDF</translation>
    </message>
    <message>
        <source>The workshop report was written to “%1”.</source>
        <translation>Le compte rendu de l&apos;atelier a été enregistré dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Move “%1” and its list of %n participant(s) to the trash? The holders and their projects stay. Ctrl+Z, or File › Trash, brings it back.</source>
        <translation>
            <numerusform>Mettre «&#xa0;%1&#xa0;» et sa liste de %n participant à la corbeille&#xa0;? Les porteurs et leurs projets restent. Ctrl+Z, ou Fichier › Corbeille, le rend.</numerusform>
            <numerusform>Mettre «&#xa0;%1&#xa0;» et sa liste de %n participants à la corbeille&#xa0;? Les porteurs et leurs projets restent. Ctrl+Z, ou Fichier › Corbeille, le rend.</numerusform>
        </translation>
    </message>
    <message>
        <source>the deletion of “%1”</source>
        <translation>la suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>A file named “%1” already exists.</source>
        <translation>Un fichier nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to.</source>
        <translation>Impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created: %2</source>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created: the file could not be put in place.</source>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» n&apos;a pas pu être créé&#xa0;: le fichier n&apos;a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Comptoir workspace (the file is empty, damaged or of another kind).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un espace de travail Comptoir (le fichier est vide, endommagé ou d&apos;un autre type).</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Comptoir workspace.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données d&apos;une autre application, pas un espace de travail Comptoir.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Comptoir (format %2; this version reads up to format %3). Update Comptoir to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé par une version plus récente de Comptoir (format %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez Comptoir à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The workspace “%1” is read-only: Comptoir writes every change as it is made and needs to be able to write to it.</source>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» est en lecture seule&#xa0;: Comptoir enregistre chaque modification aussitôt et doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be opened: %2</source>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged and cannot be opened: %2</source>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be opened for writing: %2</source>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» ne peut pas être ouvert en écriture&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be brought up to date; it was left unchanged. %2</source>
        <translation>L&apos;espace de travail «&#xa0;%1&#xa0;» n&apos;a pas pu être mis à jour&#xa0;; il est resté inchangé. %2</translation>
    </message>
    <message>
        <source>its identity is missing.</source>
        <translation>son identifiant est absent.</translation>
    </message>
    <message>
        <source>its format is not this version&apos;s.</source>
        <translation>son format n’est pas celui de cette version.</translation>
    </message>
    <message>
        <source>“%1” needs updating to this version of Comptoir, and its backup before the update could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être mis à jour pour cette version de Comptoir, et sa sauvegarde d’avant la mise à jour n’a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was made by an earlier version of Comptoir and needs an update, which cannot be made while it is open read-only.</source>
        <translation>«&#xa0;%1&#xa0;» a été fait par une version antérieure de Comptoir et doit être mis à jour, ce qui ne peut pas se faire en lecture seule.</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Cette sauvegarde ne peut pas être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace was not replaced: its own backup could not be written first. %1</source>
        <translation>L’espace de travail n’a pas été remplacé&#xa0;: sa propre sauvegarde n’a pas pu être écrite d’abord. %1</translation>
    </message>
    <message>
        <source>The workspace could not be replaced by the backup; it is as it was.</source>
        <translation>L’espace de travail n’a pas pu être remplacé par la sauvegarde&#xa0;; il est tel qu’il était.</translation>
    </message>
    <message>
        <source>This workspace is open read-only: it cannot be replaced.</source>
        <translation>Cet espace de travail est ouvert en lecture seule&#xa0;: il ne peut pas être remplacé.</translation>
    </message>
</context>
<context>
    <name>WorkspaceInfoDialog</name>
    <message>
        <source>About this workspace</source>
        <translation>À propos de cet espace</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>The name the mission officers see on the files this workspace writes, beside its key&apos;s fingerprint.</source>
        <translation>Le nom que voient les chargés de mission sur les fichiers que cet espace écrit, à côté de l&apos;empreinte de sa clé.</translation>
    </message>
    <message>
        <source>&amp;Name on its files:</source>
        <translation>&amp;Nom sur ses fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Clé de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Department&apos;s key:</source>
        <translation>Clé du Département&#xa0;:</translation>
    </message>
    <message>
        <source>none: files are signed, not sealed</source>
        <translation>aucune&#xa0;: les fichiers sont signés, pas scellés</translation>
    </message>
    <message>
        <source>Every deposit file this workspace writes is signed with its key: a mission officer reads this fingerprint to check who wrote it.</source>
        <translation>Chaque fichier de dépôt que cet espace écrit est signé avec sa clé&#xa0;: un chargé de mission lit cette empreinte pour vérifier qui l&apos;a écrit.</translation>
    </message>
    <message>
        <source>Workspaces whose files were &amp;accepted here:</source>
        <translation>Espaces dont les fichiers ont été &amp;acceptés ici&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&amp;Forget this workspace…</source>
        <translation>&amp;Oublier cet espace…</translation>
    </message>
    <message>
        <source>Forget « %1 » (key %2)? Its next file will be asked about as a workspace never seen.</source>
        <translation>Oublier «&#xa0;%1&#xa0;» (clé %2)&#xa0;? Son prochain fichier sera présenté comme venant d&apos;un espace jamais vu.</translation>
    </message>
    <message>
        <source>Workspaces whose files were accepted here</source>
        <translation>Espaces dont les fichiers ont été acceptés ici</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>The workspace is already open: %1.</source>
        <translation>L’espace de travail est déjà ouvert&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The lock file “%1” cannot be written.</source>
        <translation>Le fichier de verrou «&#xa0;%1&#xa0;» ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>by %1 on %2, since %3</source>
        <translation>par %1 sur %2, depuis le %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>Un fichier d&apos;espace de travail à ouvrir.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fichier]</translation>
    </message>
    <message>
        <source>Open this workspace file.</source>
        <translation>Ouvrir cet espace de travail.</translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use).</source>
        <translation>Ouvrir l&apos;espace de démonstration (créé à la première utilisation).</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Langue de l&apos;interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comptoir: the “de l&apos;idée au projet” workshops of the Budget Citoyen, offline.

Headless commands: create-demo, generate, export-bundle, export-platform, import, export-pdf, backup, restore (see comptoir COMMAND --help).</source>
        <translation>Comptoir&#xa0;: les ateliers «&#xa0;de l&apos;idée au projet&#xa0;» du Budget Citoyen, hors ligne.

Commandes sans interface&#xa0;: create-demo, generate, export-bundle, export-platform, import, export-pdf, backup, restore (voir comptoir COMMANDE --help).</translation>
    </message>
</context>
</TS>
