<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/acknowledge.py" line="19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../surveyor/ui/questions/choice_combo.py" line="104"/>
        <source>Type to search…</source>
        <translation>Type to search…</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="64"/>
        <source>Form, establishment or inspector</source>
        <translation>Form, establishment or inspector</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="65"/>
        <source>Filter conflicts</source>
        <translation>Filter conflicts</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="64"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="66"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="66"/>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="66"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="66"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="67"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="65"/>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="43"/>
        <source>Take local for &amp;these</source>
        <translation>Take local for &amp;these</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="45"/>
        <source>Take incoming for t&amp;hese</source>
        <translation>Take incoming for t&amp;hese</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="47"/>
        <source>&amp;Prefer filled values</source>
        <translation>&amp;Prefer filled values</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="50"/>
        <source>A field left empty on the side taken keeps the other side&apos;s answer</source>
        <translation>A field left empty on the side taken keeps the other side&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="74"/>
        <source>{n} open conflict</source>
        <translation>{n} open conflict</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="75"/>
        <source>{n} open conflicts</source>
        <translation>{n} open conflicts</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="76"/>
        <source>{shown} of {text}</source>
        <translation>{shown} of {text}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_list.py" line="85"/>
        <source>{n} selected</source>
        <translation>{n} selected</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="64"/>
        <source>The ticked value is kept. Left/Right or L/I picks a side, Space switches; fields changed on one side only since the common version are picked already.</source>
        <translation>The ticked value is kept. Left/Right or L/I picks a side, Space switches; fields changed on one side only since the common version are picked already.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="67"/>
        <source>Show &amp;all fields</source>
        <translation>Show &amp;all fields</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="71"/>
        <source>Take &amp;local</source>
        <translation>Take &amp;local</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="72"/>
        <source>Take &amp;incoming</source>
        <translation>Take &amp;incoming</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="73"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="74"/>
        <source>Write the picked values and go to the next conflict</source>
        <translation>Write the picked values and go to the next conflict</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="127"/>
        <source>Reading the conflicts…</source>
        <translation>Reading the conflicts…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="177"/>
        <source>Common version</source>
        <translation>Common version</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="177"/>
        <source>Local (here)</source>
        <translation>Local (here)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="177"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="185"/>
        <source>No open conflicts</source>
        <translation>No open conflicts</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="186"/>
        <source>Pick a conflict in the list</source>
        <translation>Pick a conflict in the list</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="198"/>
        <source>Kept: {local} local · {incoming} incoming</source>
        <translation>Kept: {local} local · {incoming} incoming</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="224"/>
        <source>Resolve this conflict, taking the local side?</source>
        <translation>Resolve this conflict, taking the local side?</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="225"/>
        <source>Resolve these {n} conflicts, taking the local side?</source>
        <translation>Resolve these {n} conflicts, taking the local side?</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="227"/>
        <source>Resolve this conflict, taking the incoming side?</source>
        <translation>Resolve this conflict, taking the incoming side?</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="228"/>
        <source>Resolve these {n} conflicts, taking the incoming side?</source>
        <translation>Resolve these {n} conflicts, taking the incoming side?</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="230"/>
        <source>A field only the other side changed since the common version keeps that change.</source>
        <translation>A field only the other side changed since the common version keeps that change.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="232"/>
        <source>A field left empty on the side taken gets the other side&apos;s answer.</source>
        <translation>A field left empty on the side taken gets the other side&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="234"/>
        <source>Resolve conflicts</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="243"/>
        <source>Resolving {n} conflicts…</source>
        <translation>Resolving {n} conflicts…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="249"/>
        <source>Resolved {n} conflict</source>
        <translation>Resolved {n} conflict</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflicts_tab.py" line="249"/>
        <source>Resolved {n} conflicts</source>
        <translation>Resolved {n} conflicts</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="71"/>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="72"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="76"/>
        <source>Clear (Delete)</source>
        <translation>Clear (Delete)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="77"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="83"/>
        <source>Keep the &amp;other one</source>
        <translation>Keep the &amp;other one</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="84"/>
        <source>Keep the other response and delete this one instead</source>
        <translation>Keep the other response and delete this one instead</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="87"/>
        <source>The ticked value goes into the kept response. Left/Right picks a side, Space switches.</source>
        <translation>The ticked value goes into the kept response. Left/Right picks a side, Space switches.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="89"/>
        <source>Same establishment: &amp;merge</source>
        <translation>Same establishment: &amp;merge</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="90"/>
        <source>Keep one response with the ticked values; the other is deleted and points at it</source>
        <translation>Keep one response with the ticked values; the other is deleted and points at it</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="91"/>
        <source>&amp;Different establishments</source>
        <translation>&amp;Different establishments</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="92"/>
        <source>Never flag this pair again</source>
        <translation>Never flag this pair again</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="108"/>
        <source>Fields of the two responses</source>
        <translation>Fields of the two responses</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="109"/>
        <source>Left arrow keeps the first response&apos;s value, Right arrow the second&apos;s, Space switches.</source>
        <translation>Left arrow keeps the first response&apos;s value, Right arrow the second&apos;s, Space switches.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="122"/>
        <source>Reading the possible duplicates…</source>
        <translation>Reading the possible duplicates…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="140"/>
        <source>Same tax code {code}</source>
        <translation>Same tax code {code}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="141"/>
        <source>Same tax code</source>
        <translation>Same tax code</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="145"/>
        <source>Same name in {ward}</source>
        <translation>Same name in {ward}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="146"/>
        <source>Same name in the same ward</source>
        <translation>Same name in the same ward</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="147"/>
        <source>No identity answer in common any more</source>
        <translation>No identity answer in common any more</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="155"/>
        <source>No possible duplicates</source>
        <translation>No possible duplicates</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="156"/>
        <source>Pick a pair in the list</source>
        <translation>Pick a pair in the list</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="163"/>
        <source>Flagged because: {reason}</source>
        <translation>Flagged because: {reason}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="180"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="180"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="181"/>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="211"/>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="181"/>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="211"/>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="188"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="188"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="210"/>
        <source>Kept: the {side} response ({who}); the other is deleted and points at it.</source>
        <translation>Kept: the {side} response ({who}); the other is deleted and points at it.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="213"/>
        <source>Answers taken from the deleted response: {n}</source>
        <translation>Answers taken from the deleted response: {n}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="231"/>
        <source>Merge these two responses as one establishment?

Kept: {kept}
Deleted: {dropped}

The deleted response points at the kept one. Answers taken from it: {n}.</source>
        <translation>Merge these two responses as one establishment?

Kept: {kept}
Deleted: {dropped}

The deleted response points at the kept one. Answers taken from it: {n}.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="235"/>
        <source>Same establishment</source>
        <translation>Same establishment</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="246"/>
        <source>Are these different establishments?

{first}
{second}

Both responses stay; this pair is not flagged again.</source>
        <translation>Are these different establishments?

{first}
{second}

Both responses stay; this pair is not flagged again.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="249"/>
        <source>Different establishments</source>
        <translation>Different establishments</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="39"/>
        <source>Export a workbook</source>
        <translation>Export a workbook</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="44"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="45"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="49"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="54"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="57"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="59"/>
        <source>Every response of this store goes into one workbook: hand it on by USB stick, email or chat app. It contains personal data: keep it safe.</source>
        <translation>Every response of this store goes into one workbook: hand it on by USB stick, email or chat app. It contains personal data: keep it safe.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="69"/>
        <source>&amp;Write workbook</source>
        <translation>&amp;Write workbook</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="86"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="87"/>
        <source>Empty: the workbook is not protected</source>
        <translation>Empty: the workbook is not protected</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="91"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="94"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="95"/>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="97"/>
        <source>Excel and LibreOffice ask for the password to open it. Surveyor does not keep it: tell it to whoever opens the workbook some other way than with the file.</source>
        <translation>Excel and LibreOffice ask for the password to open it. Surveyor does not keep it: tell it to whoever opens the workbook some other way than with the file.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="100"/>
        <source>With&amp;out attached files (photos)</source>
        <translation>With&amp;out attached files (photos)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="103"/>
        <source>A smaller workbook: it names the photos, but the stores that import it keep only the photos they already have.</source>
        <translation>A smaller workbook: it names the photos, but the stores that import it keep only the photos they already have.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="115"/>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="145"/>
        <source>Type the password a second time, in Password again.</source>
        <translation>Type the password a second time, in Password again.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="146"/>
        <source>The two passwords differ: type the same password in both fields, or leave both empty to write the workbook without one.</source>
        <translation>The two passwords differ: type the same password in both fields, or leave both empty to write the workbook without one.</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="85"/>
        <source>Fields of the conflict</source>
        <translation>Fields of the conflict</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="87"/>
        <source>Left arrow or L keeps the local value, Right arrow or I the incoming value, Space switches.</source>
        <translation>Left arrow or L keeps the local value, Right arrow or I the incoming value, Space switches.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="127"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="133"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="133"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="136"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="139"/>
        <source>form version {version}</source>
        <translation>form version {version}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="150"/>
        <source>Status and inspector</source>
        <translation>Status and inspector</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="187"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="205"/>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="205"/>
        <source>not kept</source>
        <translation>not kept</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/conflict_fields.py" line="207"/>
        <source>Only this side changed it since the common version</source>
        <translation>Only this side changed it since the common version</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="140"/>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="144"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Export cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="156"/>
        <source>Export done</source>
        <translation>Export done</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="149"/>
        <source>Wrote {rows} rows to
{path}</source>
        <translation>Wrote {rows} rows to
{path}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="151"/>
        <source>Protected by the password you gave: tell it to whoever opens the workbook some other way than with the file.</source>
        <translation>Protected by the password you gave: tell it to whoever opens the workbook some other way than with the file.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="154"/>
        <source>Without the {n} attached files: their rows name them, the stores that have them keep them.</source>
        <translation>Without the {n} attached files: their rows name them, the stores that have them keep them.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="159"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="179"/>
        <source>Import workbooks</source>
        <translation>Import workbooks</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="181"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="188"/>
        <source>Import every workbook of a folder</source>
        <translation>Import every workbook of a folder</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="198"/>
        <source>No Excel workbooks (.xlsx) there</source>
        <translation>No Excel workbooks (.xlsx) there</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="210"/>
        <location filename="../../surveyor/ui/window_files.py" line="262"/>
        <source>Workbook {i} of {n}: {name}</source>
        <translation>Workbook {i} of {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="212"/>
        <source>Reading {n} workbooks…</source>
        <translation>Reading {n} workbooks…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="217"/>
        <source>Import cancelled; nothing was written</source>
        <translation>Import cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="225"/>
        <source>Opening {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="263"/>
        <source>{done} of {total} rows</source>
        <translation>{done} of {total} rows</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="264"/>
        <source>Saving to the store…</source>
        <translation>Saving to the store…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="278"/>
        <source>Importing {n} workbooks…</source>
        <translation>Importing {n} workbooks…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="292"/>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="293"/>
        <source>Import cancelled: {kept} of {total} workbooks were imported before it stopped (see Review, Imports); the others were not.</source>
        <translation>Import cancelled: {kept} of {total} workbooks were imported before it stopped (see Review, Imports); the others were not.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="309"/>
        <source>Imported {n} workbooks.</source>
        <translation>Imported {n} workbooks.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="313"/>
        <source>Import done</source>
        <translation>Import done</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="314"/>
        <source>Review &amp;conflicts</source>
        <translation>Review &amp;conflicts</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="316"/>
        <source>Review &amp;duplicates</source>
        <translation>Review &amp;duplicates</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="317"/>
        <source>Review &amp;outside edits</source>
        <translation>Review &amp;outside edits</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="354"/>
        <source>Add a form (XLSForm)</source>
        <translation>Add a form (XLSForm)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="355"/>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>XLSForm workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="361"/>
        <source>Form not added</source>
        <translation>Form not added</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="363"/>
        <source>Form checked</source>
        <translation>Form checked</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="25"/>
        <source>No file attached</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="26"/>
        <location filename="../../surveyor/ui/questions/files.py" line="49"/>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="27"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="49"/>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="55"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="57"/>
        <source>Sounds (*.mp3 *.m4a *.aac *.wav *.ogg *.amr *.3gp);;All files (*)</source>
        <translation>Sounds (*.mp3 *.m4a *.aac *.wav *.ogg *.amr *.3gp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="59"/>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.avi *.mkv *.webm *.3gp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="61"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="62"/>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
</context>
<context>
    <name>FormNavigation</name>
    <message>
        <location filename="../../surveyor/ui/form_navigation.py" line="98"/>
        <source>This section has problems</source>
        <translation>This section has problems</translation>
    </message>
</context>
<context>
    <name>FormRows</name>
    <message>
        <location filename="../../surveyor/ui/form_rows.py" line="110"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_rows.py" line="111"/>
        <source>Remove row #{n} of “{label}” and its answers?</source>
        <translation>Remove row #{n} of “{label}” and its answers?</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="107"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="211"/>
        <source>Move this row up (Alt+Shift+Up)</source>
        <translation>Move this row up (Alt+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="213"/>
        <source>Move this row down (Alt+Shift+Down)</source>
        <translation>Move this row down (Alt+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="215"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="215"/>
        <source>Remove this row (Alt+Delete)</source>
        <translation>Remove this row (Alt+Delete)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="251"/>
        <source>No rows yet.</source>
        <translation>No rows yet.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="263"/>
        <source>+ Add a row</source>
        <translation>+ Add a row</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="265"/>
        <source>Add a row (Alt+Insert)</source>
        <translation>Add a row (Alt+Insert)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_blocks.py" line="278"/>
        <source>Add a row: {label}</source>
        <translation>Add a row: {label}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/form_view.py" line="108"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>GeopointEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="25"/>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="110"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="25"/>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="110"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="25"/>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="110"/>
        <source>Altitude (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="26"/>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="111"/>
        <source>Accuracy (m)</source>
        <translation>Accuracy (m)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/geopoint.py" line="80"/>
        <source>Out of range: {low} to {high}</source>
        <translation>Out of range: {low} to {high}</translation>
    </message>
</context>
<context>
    <name>GotoPalette</name>
    <message>
        <location filename="../../surveyor/ui/goto.py" line="97"/>
        <source>Go to question: part of its label, #n for a row</source>
        <translation>Go to question: part of its label, #n for a row</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/goto.py" line="98"/>
        <source>Go to question</source>
        <translation>Go to question</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="27"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="42"/>
        <source>No changes saved yet.</source>
        <translation>No changes saved yet.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="48"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="50"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="50"/>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="55"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/history_pane.py" line="55"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="54"/>
        <source>Import preview: nothing written yet</source>
        <translation>Import preview: nothing written yet</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="65"/>
        <source>What each workbook would change</source>
        <translation>What each workbook would change</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="67"/>
        <source>Workbook</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="68"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="76"/>
        <source>imported before (import {id})</source>
        <translation>imported before (import {id})</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="79"/>
        <source>Total ({n} workbooks)</source>
        <translation>Total ({n} workbooks)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="88"/>
        <source>Refused workbooks</source>
        <translation>Refused workbooks</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="94"/>
        <source>&amp;Refused workbooks: nothing of them will be imported</source>
        <translation>&amp;Refused workbooks: nothing of them will be imported</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="101"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="116"/>
        <source>{files} workbooks read, {rows} rows. Nothing has been written yet: press Import to make these changes, or Cancel.</source>
        <translation>{files} workbooks read, {rows} rows. Nothing has been written yet: press Import to make these changes, or Cancel.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="121"/>
        <source>{n} of them were imported before: importing them again changes nothing they already brought.</source>
        <translation>{n} of them were imported before: importing them again changes nothing they already brought.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/import_preview.py" line="124"/>
        <source>{n} refused: see the reasons below.</source>
        <translation>{n} refused: see the reasons below.</translation>
    </message>
</context>
<context>
    <name>ImportsTab</name>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="52"/>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="54"/>
        <source>Workbook</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="54"/>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="54"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="54"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="55"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="55"/>
        <source>What it did</source>
        <translation>What it did</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="55"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="65"/>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Undo this import…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="69"/>
        <source>Undo puts every response the import changed back as it was before it. It is refused while later work builds on it: a later import of the same responses, an edit here or a resolved conflict.</source>
        <translation>Undo puts every response the import changed back as it was before it. It is refused while later work builds on it: a later import of the same responses, an edit here or a resolved conflict.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="105"/>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="105"/>
        <source>in effect</source>
        <translation>in effect</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="106"/>
        <location filename="../../surveyor/ui/imports_tab.py" line="145"/>
        <source>nothing changed</source>
        <translation>nothing changed</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="141"/>
        <source>Undo an import</source>
        <translation>Undo an import</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="142"/>
        <source>Undo import {id} of {file}?
It brought: {counts}.
Every response it changed goes back to how it was before it; a backup of the store is made first.</source>
        <translation>Undo import {id} of {file}?
It brought: {counts}.
Every response it changed goes back to how it was before it; a backup of the store is made first.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="152"/>
        <source>Undoing import {id}…</source>
        <translation>Undoing import {id}…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/imports_tab.py" line="157"/>
        <source>Import {id} undone. The store as it was before the undo: {backup}</source>
        <translation>Import {id} undone. The store as it was before the undo: {backup}</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="118"/>
        <location filename="../../surveyor/ui/indicators_view.py" line="167"/>
        <source>Computing the indicators…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="121"/>
        <source>Consolidated report…</source>
        <translation>Consolidated report…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="129"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="129"/>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="130"/>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="130"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="130"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="131"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="184"/>
        <source>{counted} complete responses counted; {drafts} drafts left out.</source>
        <translation>{counted} complete responses counted; {drafts} drafts left out.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="201"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="201"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="65"/>
        <source>Surveyor: field surveys</source>
        <translation>Surveyor: field surveys</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="72"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="77"/>
        <source>&amp;New response</source>
        <translation>&amp;New response</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="78"/>
        <source>New, &amp;carrying place</source>
        <translation>New, &amp;carrying place</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="81"/>
        <source>&amp;Finalise</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="82"/>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="83"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="84"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="85"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="86"/>
        <source>Import a f&amp;older…</source>
        <translation>Import a f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="88"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="89"/>
        <source>Consolidated &amp;report…</source>
        <translation>Consolidated &amp;report…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="91"/>
        <source>Add &amp;form…</source>
        <translation>Add &amp;form…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="92"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="108"/>
        <location filename="../../surveyor/ui/main_window.py" line="111"/>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="125"/>
        <source>Opening the store…</source>
        <translation>Opening the store…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="164"/>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="166"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="167"/>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="168"/>
        <source>Edited outside</source>
        <translation>Edited outside</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="179"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="186"/>
        <source>{n} response</source>
        <translation>{n} response</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="186"/>
        <source>{n} responses</source>
        <translation>{n} responses</translation>
    </message>
</context>
<context>
    <name>MediaBar</name>
    <message>
        <location filename="../../surveyor/ui/questions/media.py" line="71"/>
        <source>▶ Play the sound</source>
        <translation>▶ Play the sound</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/media.py" line="72"/>
        <source>▶ Play the video</source>
        <translation>▶ Play the video</translation>
    </message>
</context>
<context>
    <name>OutsideList</name>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="71"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="71"/>
        <source>Form, establishment, inspector or file</source>
        <translation>Form, establishment, inspector or file</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="72"/>
        <source>Filter rows edited outside Surveyor</source>
        <translation>Filter rows edited outside Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="73"/>
        <source>Rows edited outside Surveyor</source>
        <translation>Rows edited outside Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="74"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="74"/>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="74"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="75"/>
        <source>Imported from</source>
        <translation>Imported from</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="75"/>
        <source>Cells changed</source>
        <translation>Cells changed</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="75"/>
        <source>Imported by</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="82"/>
        <source>{n} row edited outside Surveyor</source>
        <translation>{n} row edited outside Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="83"/>
        <source>{n} rows edited outside Surveyor</source>
        <translation>{n} rows edited outside Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="84"/>
        <source>{shown} of {text}</source>
        <translation>{shown} of {text}</translation>
    </message>
</context>
<context>
    <name>OutsideTab</name>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="98"/>
        <source>Marked: each cell changed outside Surveyor, as the row was exported (sealed) on the left and as edited on the right.</source>
        <translation>Marked: each cell changed outside Surveyor, as the row was exported (sealed) on the left and as edited on the right.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="100"/>
        <source>A&amp;ccept the edit</source>
        <translation>A&amp;ccept the edit</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="101"/>
        <source>Keep the edited values; the row is no longer marked</source>
        <translation>Keep the edited values; the row is no longer marked</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="102"/>
        <source>Re&amp;vert to the sealed values</source>
        <translation>Re&amp;vert to the sealed values</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="113"/>
        <source>Cells edited outside Surveyor</source>
        <translation>Cells edited outside Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="114"/>
        <source>Each changed cell: the sealed value, then the edited value.</source>
        <translation>Each changed cell: the sealed value, then the edited value.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="124"/>
        <source>Reading the rows edited outside Surveyor…</source>
        <translation>Reading the rows edited outside Surveyor…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="149"/>
        <source>This store does not have the state the row was exported as (version {version}): the changed cells cannot be shown and the row cannot be reverted. Import the workbook it was exported in first, or accept the edit.</source>
        <translation>This store does not have the state the row was exported as (version {version}): the changed cells cannot be shown and the row cannot be reverted. Import the workbook it was exported in first, or accept the edit.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="156"/>
        <source>Save the values the row was exported with as a new version</source>
        <translation>Save the values the row was exported with as a new version</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="158"/>
        <source>No rows edited outside Surveyor</source>
        <translation>No rows edited outside Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="159"/>
        <source>Pick a row in the list</source>
        <translation>Pick a row in the list</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="165"/>
        <source>Cells changed: {n}</source>
        <translation>Cells changed: {n}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="172"/>
        <source>As exported (sealed)</source>
        <translation>As exported (sealed)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="172"/>
        <source>Edited outside Surveyor</source>
        <translation>Edited outside Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="176"/>
        <source>imported {time}</source>
        <translation>imported {time}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="184"/>
        <source>Which import brought this row is not recorded.</source>
        <translation>Which import brought this row is not recorded.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="185"/>
        <source>Imported from {file} by {who}, {time}.</source>
        <translation>Imported from {file} by {who}, {time}.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="198"/>
        <source>Keep the values edited outside Surveyor for {name}?

The row keeps them as they are and is no longer marked as edited outside.</source>
        <translation>Keep the values edited outside Surveyor for {name}?

The row keeps them as they are and is no longer marked as edited outside.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="200"/>
        <source>Accept the edit</source>
        <translation>Accept the edit</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="208"/>
        <source>Go back to the sealed values for {name}?

Cells changed outside Surveyor: {n}. They get the values the row was exported with again, saved as a new version.</source>
        <translation>Go back to the sealed values for {name}?

Cells changed outside Surveyor: {n}. They get the values the row was exported with again, saved as a new version.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/outside_tab.py" line="211"/>
        <source>Revert to the sealed values</source>
        <translation>Revert to the sealed values</translation>
    </message>
</context>
<context>
    <name>PairFieldsTable</name>
    <message>
        <location filename="../../surveyor/ui/pair_fields.py" line="77"/>
        <source>as sealed</source>
        <translation>as sealed</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/pair_fields.py" line="78"/>
        <source>edited outside Surveyor</source>
        <translation>edited outside Surveyor</translation>
    </message>
</context>
<context>
    <name>PairList</name>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="59"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="59"/>
        <source>Form, establishment, inspector or reason</source>
        <translation>Form, establishment, inspector or reason</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="60"/>
        <source>Filter possible duplicates</source>
        <translation>Filter possible duplicates</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="60"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="61"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="61"/>
        <source>First establishment</source>
        <translation>First establishment</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="61"/>
        <source>First surveyed by</source>
        <translation>First surveyed by</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="62"/>
        <source>Second establishment</source>
        <translation>Second establishment</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="62"/>
        <source>Second surveyed by</source>
        <translation>Second surveyed by</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="62"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="69"/>
        <source>{n} possible duplicate</source>
        <translation>{n} possible duplicate</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="70"/>
        <source>{n} possible duplicates</source>
        <translation>{n} possible duplicates</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/duplicates_tab.py" line="71"/>
        <source>{shown} of {text}</source>
        <translation>{shown} of {text}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../surveyor/ui/password.py" line="41"/>
        <location filename="../../surveyor/ui/password.py" line="53"/>
        <source>Password of {file}</source>
        <translation>Password of {file}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="43"/>
        <source>The password did not open {file}. Type it again:</source>
        <translation>The password did not open {file}. Type it again:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="44"/>
        <source>{file} is protected by a password. Type its password to import it:</source>
        <translation>{file} is protected by a password. Type its password to import it:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="57"/>
        <source>&amp;Show the password</source>
        <translation>&amp;Show the password</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="63"/>
        <source>Cancel leaves this workbook out of the import. Surveyor does not keep the password.</source>
        <translation>Cancel leaves this workbook out of the import. Surveyor does not keep the password.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/password.py" line="66"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../surveyor/ui/photo_view.py" line="130"/>
        <source>{name} · {width} × {height} px · {size} kB</source>
        <translation>{name} · {width} × {height} px · {size} kB</translation>
    </message>
</context>
<context>
    <name>PhotoWords</name>
    <message>
        <location filename="../../surveyor/ui/photo_view.py" line="42"/>
        <source>Not attached</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/photo_view.py" line="45"/>
        <source>{name} (the file is not in this store)</source>
        <translation>{name} (the file is not in this store)</translation>
    </message>
</context>
<context>
    <name>PointsEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/text.py" line="61"/>
        <source>latitude longitude; latitude longitude; …</source>
        <translation>latitude longitude; latitude longitude; …</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../surveyor/core/errors.py" line="19"/>
        <source>{file}: no such file</source>
        <translation>{file}: no such file</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="20"/>
        <source>{file}: not an Excel .xlsx workbook ({detail})</source>
        <translation>{file}: not an Excel .xlsx workbook ({detail})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="21"/>
        <source>{file}: too large ({size} bytes; the limit is {limit} bytes)</source>
        <translation>{file}: too large ({size} bytes; the limit is {limit} bytes)</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="24"/>
        <source>{file}: cannot be read as an XLSForm: {detail}</source>
        <translation>{file}: cannot be read as an XLSForm: {detail}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="25"/>
        <source>{file}: {detail}</source>
        <translation>{file}: {detail}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="27"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {detail}
  {text}
  {caret}</source>
        <translation>{file}, sheet {sheet}, row {row}, column {column}: {detail}
  {text}
  {caret}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="30"/>
        <source>{file}: sheet {sheet} is missing</source>
        <translation>{file}: sheet {sheet} is missing</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="31"/>
        <source>{file}, sheet {sheet}: column {column} is missing</source>
        <translation>{file}, sheet {sheet}: column {column} is missing</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="33"/>
        <source>{file}, sheet {sheet}: form {form_id} version {form_version} is not known here</source>
        <translation>{file}, sheet {sheet}: form {form_id} version {form_version} is not known here</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="35"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {detail}</source>
        <translation>{file}, sheet {sheet}, row {row}, column {column}: {detail}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="37"/>
        <source>{file}, sheet {sheet}, row {row}, column _uuid: the row has no _uuid</source>
        <translation>{file}, sheet {sheet}, row {row}, column _uuid: the row has no _uuid</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="39"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: not a question of form {form_id} version {form_version}, yet the cell is filled</source>
        <translation>{file}, sheet {sheet}, row {row}, column {column}: not a question of form {form_id} version {form_version}, yet the cell is filled</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="42"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: the text has {length} characters; an Excel cell holds at most 32,767</source>
        <translation>{file}, sheet {sheet}, row {row}, column {column}: the text has {length} characters; an Excel cell holds at most 32,767</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="45"/>
        <source>{file}: unpacks to {size} bytes (the limit is {limit} bytes); refused</source>
        <translation>{file}: unpacks to {size} bytes (the limit is {limit} bytes); refused</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="47"/>
        <source>{file}, sheet {sheet}: spans {rows} rows by {columns} columns (the limit is {limit} cells); refused</source>
        <translation>{file}, sheet {sheet}: spans {rows} rows by {columns} columns (the limit is {limit} cells); refused</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="50"/>
        <source>{file}: written in sync format {found}; this Surveyor reads up to {known}</source>
        <translation>{file}: written in sync format {found}; this Surveyor reads up to {known}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="52"/>
        <source>{file}: cannot be written ({detail})</source>
        <translation>{file}: cannot be written ({detail})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="53"/>
        <source>{file}: response {uuid} has rows of repeat {repeat}, which form {form_id} version {form_version} does not have</source>
        <translation>{file}: response {uuid} has rows of repeat {repeat}, which form {form_id} version {form_version} does not have</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="57"/>
        <source>{file}: the store has schema version {found}; this Surveyor knows up to {known}</source>
        <translation>{file}: the store has schema version {found}; this Surveyor knows up to {known}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="59"/>
        <source>no import with id {id}</source>
        <translation>no import with id {id}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="60"/>
        <source>import {id} was already undone</source>
        <translation>import {id} was already undone</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="61"/>
        <source>{file}: no such backup</source>
        <translation>{file}: no such backup</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="62"/>
        <source>{file}: not a Surveyor store ({detail})</source>
        <translation>{file}: not a Surveyor store ({detail})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="63"/>
        <source>import {id} cannot be undone: {detail}</source>
        <translation>import {id} cannot be undone: {detail}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="64"/>
        <source>no response with uuid {uuid}</source>
        <translation>no response with uuid {uuid}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="65"/>
        <source>conflict {id} is not open (unknown or resolved)</source>
        <translation>conflict {id} is not open (unknown or resolved)</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="67"/>
        <source>{file}, sheet {sheet}, row {row}, column _uuid: {uuid} is also on sheet {first_sheet}, row {first_row}</source>
        <translation>{file}, sheet {sheet}, row {row}, column _uuid: {uuid} is also on sheet {first_sheet}, row {first_row}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="70"/>
        <source>{file}, sheet {sheet}, row {row}, column _uuid: {uuid} belongs to form {stored_form} here, not {form_id}</source>
        <translation>{file}, sheet {sheet}, row {row}, column _uuid: {uuid} belongs to form {stored_form} here, not {form_id}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="73"/>
        <source>no form {form_id} is loaded</source>
        <translation>no form {form_id} is loaded</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="74"/>
        <source>conflict {id}: no field {field} (fields that differ: {fields})</source>
        <translation>conflict {id}: no field {field} (fields that differ: {fields})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="76"/>
        <source>conflict {id}: {side} is not a side; say local or incoming</source>
        <translation>conflict {id}: {side} is not a side; say local or incoming</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="78"/>
        <source>conflict {id}: the {side} state {version} of {uuid} is not in this store</source>
        <translation>conflict {id}: the {side} state {version} of {uuid} is not in this store</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="81"/>
        <source>{file}: cannot be read to attach ({detail})</source>
        <translation>{file}: cannot be read to attach ({detail})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="82"/>
        <source>{file}: {size} bytes; a file attached to an answer may have at most {limit} bytes</source>
        <translation>{file}: {size} bytes; a file attached to an answer may have at most {limit} bytes</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="85"/>
        <source>{file}: the picture has {pixels} pixels; at most {limit} can be attached</source>
        <translation>{file}: the picture has {pixels} pixels; at most {limit} can be attached</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="87"/>
        <source>{file}, sheet {sheet}, row {row}, column sha256: the bytes of {name} do not match its sha256 {sha256} ({detail}); refused</source>
        <translation>{file}, sheet {sheet}, row {row}, column sha256: the bytes of {name} do not match its sha256 {sha256} ({detail}); refused</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="90"/>
        <source>{file}, sheet {sheet}, row {row}, column size: {name} has {size} bytes (the limit is {limit} bytes a file); refused</source>
        <translation>{file}, sheet {sheet}, row {row}, column size: {name} has {size} bytes (the limit is {limit} bytes a file); refused</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="93"/>
        <source>{file}: the attached files come to {size} bytes (the limit is {limit} bytes a workbook); refused</source>
        <translation>{file}: the attached files come to {size} bytes (the limit is {limit} bytes a workbook); refused</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="96"/>
        <source>{file}: the attached files come to {size} bytes, more than a workbook may carry ({limit} bytes); export without the files (--no-media) or fewer responses</source>
        <translation>{file}: the attached files come to {size} bytes, more than a workbook may carry ({limit} bytes); export without the files (--no-media) or fewer responses</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="100"/>
        <source>{file}: holds macros ({part}); a sync workbook holds data only: save it as an Excel workbook (.xlsx) without macros and import that</source>
        <translation>{file}: holds macros ({part}); a sync workbook holds data only: save it as an Excel workbook (.xlsx) without macros and import that</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="103"/>
        <source>{file}: {part} links to {target} outside the workbook; a sync workbook holds its data itself: remove the link and import again</source>
        <translation>{file}: {part} links to {target} outside the workbook; a sync workbook holds its data itself: remove the link and import again</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="106"/>
        <source>{file}: holds {part}, which spreadsheet programs do not put in a workbook (an embedded object or a file added by hand?); refused</source>
        <translation>{file}: holds {part}, which spreadsheet programs do not put in a workbook (an embedded object or a file added by hand?); refused</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="109"/>
        <source>{file}: {detail}: programs could read different data from it; refused</source>
        <translation>{file}: {detail}: programs could read different data from it; refused</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="111"/>
        <source>{file}: {part} unpacks to {size} bytes from {packed} (more than {limit} times its size: a zip bomb?); refused unread</source>
        <translation>{file}: {part} unpacks to {size} bytes from {packed} (more than {limit} times its size: a zip bomb?); refused unread</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="114"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: cell {cell} holds a formula; a sync workbook holds values only: replace it by its value and import again</source>
        <translation>{file}, sheet {sheet}, row {row}, column {column}: cell {cell} holds a formula; a sync workbook holds values only: replace it by its value and import again</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="117"/>
        <source>{file}, sheet {sheet}: cells {cells} are merged; each cell of a sync sheet holds its own value: unmerge them and import again</source>
        <translation>{file}, sheet {sheet}: cells {cells} are merged; each cell of a sync sheet holds its own value: unmerge them and import again</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="120"/>
        <source>{file}, sheet {sheet}: the sheet is hidden, and data nobody can see is not imported: unhide it (or delete it) and import again</source>
        <translation>{file}, sheet {sheet}: the sheet is hidden, and data nobody can see is not imported: unhide it (or delete it) and import again</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="123"/>
        <source>{file}, sheet {sheet}: reaches row {rows}, the last row a sheet has, so rows may have been cut off; export in parts (--form, --since) and import those</source>
        <translation>{file}, sheet {sheet}: reaches row {rows}, the last row a sheet has, so rows may have been cut off; export in parts (--form, --since) and import those</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="126"/>
        <source>{file}, sheet {sheet}: holds {found} rows, but the _manifest sheet says {stated}: rows were added or removed outside Surveyor (or the file was cut); if that was meant, correct the count on the _manifest sheet</source>
        <translation>{file}, sheet {sheet}: holds {found} rows, but the _manifest sheet says {stated}: rows were added or removed outside Surveyor (or the file was cut); if that was meant, correct the count on the _manifest sheet</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="130"/>
        <source>{file}, sheet {sheet}: carries {found} attached files, but the _manifest sheet says {stated}: files were removed or added outside Surveyor; refused</source>
        <translation>{file}, sheet {sheet}: carries {found} attached files, but the _manifest sheet says {stated}: files were removed or added outside Surveyor; refused</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="133"/>
        <source>{file}, sheet {sheet}: holds data of form {form_id}, but the _manifest sheet does not list it; refused rather than ignored (delete the sheet or export again)</source>
        <translation>{file}, sheet {sheet}: holds data of form {form_id}, but the _manifest sheet does not list it; refused rather than ignored (delete the sheet or export again)</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="138"/>
        <source>{file}: the workbook is protected by a password; give the password to import it</source>
        <translation>{file}: the workbook is protected by a password; give the password to import it</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="141"/>
        <source>{file}: the password does not open this workbook</source>
        <translation>{file}: the password does not open this workbook</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="143"/>
        <source>{file}: an empty password protects nothing; give one, or export without</source>
        <translation>{file}: an empty password protects nothing; give one, or export without</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="146"/>
        <source>{uuid} is on both sides: a possible duplicate is two different responses</source>
        <translation>{uuid} is on both sides: a possible duplicate is two different responses</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="148"/>
        <source>response {uuid} is deleted (or merged into another); only responses that are not can be merged</source>
        <translation>response {uuid} is deleted (or merged into another); only responses that are not can be merged</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="151"/>
        <source>{uuid} is a response of form {form_id}, {other} of form {other_form_id}: only responses of one form can be duplicates</source>
        <translation>{uuid} is a response of form {form_id}, {other} of form {other_form_id}: only responses of one form can be duplicates</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="154"/>
        <source>merging {drop} into {keep}: no field {field} (fields that differ: {fields})</source>
        <translation>merging {drop} into {keep}: no field {field} (fields that differ: {fields})</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="156"/>
        <source>merging {drop} into {keep}: {side} is not a side; say keep or drop</source>
        <translation>merging {drop} into {keep}: {side} is not a side; say keep or drop</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="158"/>
        <source>response {uuid} has no edit made outside Surveyor to review</source>
        <translation>response {uuid} has no edit made outside Surveyor to review</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="160"/>
        <source>response {uuid}: the state {version} its row was sealed as is not in this store, so the edit made outside Surveyor cannot be reverted (accept it, or import the workbook that state came in first)</source>
        <translation>response {uuid}: the state {version} its row was sealed as is not in this store, so the edit made outside Surveyor cannot be reverted (accept it, or import the workbook that state came in first)</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="165"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: indicator {name}: {detail}</source>
        <translation>{file}, sheet {sheet}, row {row}, column {column}: indicator {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="168"/>
        <source>no indicator definitions (indicators.xlsx) in {folders}</source>
        <translation>no indicator definitions (indicators.xlsx) in {folders}</translation>
    </message>
    <message>
        <location filename="../../surveyor/core/errors.py" line="170"/>
        <source>{file}: no indicator can be computed ({count} findings; the first: {first})</source>
        <translation>{file}: no indicator can be computed ({count} findings; the first: {first})</translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <location filename="../../surveyor/ui/problems_pane.py" line="21"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/rank.py" line="63"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/rank.py" line="64"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/rank.py" line="65"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/rank.py" line="144"/>
        <source>Ranked: first is most important.</source>
        <translation>Ranked: first is most important.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/rank.py" line="145"/>
        <source>Not ranked yet: move items with Ctrl+↑ and Ctrl+↓, or press Space to keep this order.</source>
        <translation>Not ranked yet: move items with Ctrl+↑ and Ctrl+↓, or press Space to keep this order.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="42"/>
        <source>Consolidated report</source>
        <translation>Consolidated report</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="44"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="61"/>
        <source>Writing the consolidated report {file}…</source>
        <translation>Writing the consolidated report {file}…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="64"/>
        <source>Report cancelled; nothing was written</source>
        <translation>Report cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="71"/>
        <source>Report written</source>
        <translation>Report written</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="72"/>
        <source>Wrote the consolidated report to
{path}

{n} indicators; {met} of the {targets} with a target are met city-wide.</source>
        <translation>Wrote the consolidated report to
{path}

{n} indicators; {met} of the {targets} with a target are met city-wide.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/report_actions.py" line="77"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>ResponseActions</name>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="48"/>
        <source>Carried from the previous response: {names}</source>
        <translation>Carried from the previous response: {names}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="78"/>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="79"/>
        <source>This response was made with form {form} version {version}, which is not loaded here.</source>
        <translation>This response was made with form {form} version {version}, which is not loaded here.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="99"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="100"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="138"/>
        <source>Kept as draft at {time}</source>
        <translation>Kept as draft at {time}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="150"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="166"/>
        <source>Not finalised: {n} answers to fix</source>
        <translation>Not finalised: {n} answers to fix</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="170"/>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="175"/>
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="205"/>
        <source>Delete response</source>
        <translation>Delete response</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="206"/>
        <source>Delete this response? It is kept in the history and can be recovered by an administrator.</source>
        <translation>Delete this response? It is kept in the history and can be recovered by an administrator.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_response.py" line="234"/>
        <source>Recovered the answers not saved when Surveyor last closed</source>
        <translation>Recovered the answers not saved when Surveyor last closed</translation>
    </message>
</context>
<context>
    <name>ResponseList</name>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="253"/>
        <source>{n} response</source>
        <translation>{n} response</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="253"/>
        <source>{n} responses</source>
        <translation>{n} responses</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="281"/>
        <source>Search by name, ward, inspector…</source>
        <translation>Search by name, ward, inspector…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="283"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="286"/>
        <location filename="../../surveyor/ui/response_list.py" line="287"/>
        <source>All wards</source>
        <translation>All wards</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="289"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="290"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="291"/>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="292"/>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/response_list.py" line="293"/>
        <source>Finds names, wards and inspectors, with or without diacritics (Ctrl+F)</source>
        <translation>Finds names, wards and inspectors, with or without diacritics (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="190"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="190"/>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="190"/>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="191"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="191"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="203"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/responses_model.py" line="203"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../surveyor/ui/review_tab.py" line="67"/>
        <source>Show &amp;all fields</source>
        <translation>Show &amp;all fields</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../surveyor/ui/jobs.py" line="79"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/jobs.py" line="93"/>
        <source>{m}:{s:02d} so far</source>
        <translation>{m}:{s:02d} so far</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="39"/>
        <source>Full name, as on your staff card</source>
        <translation>Full name, as on your staff card</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="50"/>
        <source>The form&apos;s default</source>
        <translation>The form&apos;s default</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="58"/>
        <source>Welcome. Your name is recorded with every response you make.</source>
        <translation>Welcome. Your name is recorded with every response you make.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="59"/>
        <source>&amp;Inspector:</source>
        <translation>&amp;Inspector:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="60"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="61"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="62"/>
        <source>F&amp;orm language:</source>
        <translation>F&amp;orm language:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/settings_dialog.py" line="63"/>
        <source>A new interface language applies at the next start.</source>
        <translation>A new interface language applies at the next start.</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <location filename="../../surveyor/ui/photo_view.py" line="150"/>
        <source>Open the photo (Space)</source>
        <translation>Open the photo (Space)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/photo_view.py" line="167"/>
        <source>Photo {name}</source>
        <translation>Photo {name}</translation>
    </message>
</context>
<context>
    <name>TimeEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="169"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>WardBars</name>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="78"/>
        <source>No ward has a result for this indicator</source>
        <translation>No ward has a result for this indicator</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/indicators_view.py" line="105"/>
        <source>target {target}</source>
        <translation>target {target}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="46"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="46"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="46"/>
        <source>merged by themselves</source>
        <translation>merged by themselves</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="47"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="47"/>
        <source>older than here</source>
        <translation>older than here</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="47"/>
        <source>conflicts</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="48"/>
        <source>edited outside Surveyor</source>
        <translation>edited outside Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="49"/>
        <source>possible duplicates</source>
        <translation>possible duplicates</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="49"/>
        <source>refused files</source>
        <translation>refused files</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="54"/>
        <source>Refused: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="61"/>
        <source>Not a form</source>
        <translation>Not a form</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="63"/>
        <source>{title} (form {form_id}, version {version})</source>
        <translation>{title} (form {form_id}, version {version})</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="65"/>
        <source>{questions} questions, {groups} groups, {repeats} repeats</source>
        <translation>{questions} questions, {groups} groups, {repeats} repeats</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="68"/>
        <source>Ready to use: added to your forms.</source>
        <translation>Ready to use: added to your forms.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="69"/>
        <source>Not usable as it is: see the list above. It was not added.</source>
        <translation>Not usable as it is: see the list above. It was not added.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="76"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="79"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="80"/>
        <source>Something went wrong that Surveyor did not expect. What was stored before is kept.
The details are in {log}.</source>
        <translation>Something went wrong that Surveyor did not expect. What was stored before is kept.
The details are in {log}.</translation>
    </message>
</context>
</TS>
