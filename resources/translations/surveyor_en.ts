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
        <location filename="../../surveyor/ui/questions/choice_combo.py" line="103"/>
        <source>Type to search…</source>
        <translation>Type to search…</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="37"/>
        <source>Export a workbook</source>
        <translation>Export a workbook</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="42"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="43"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="47"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="52"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="55"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="57"/>
        <source>Every response of this store goes into one workbook: hand it on by USB stick, email or chat app. It contains personal data: keep it safe.</source>
        <translation>Every response of this store goes into one workbook: hand it on by USB stick, email or chat app. It contains personal data: keep it safe.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="60"/>
        <source>&amp;Write workbook</source>
        <translation>&amp;Write workbook</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/export_dialog.py" line="69"/>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="39"/>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="42"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Export cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="47"/>
        <source>Export done</source>
        <translation>Export done</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="48"/>
        <source>Wrote {rows} rows to
{path}</source>
        <translation>Wrote {rows} rows to
{path}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="50"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="57"/>
        <source>Import workbooks</source>
        <translation>Import workbooks</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="59"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="71"/>
        <source>Importing {n} workbooks…</source>
        <translation>Importing {n} workbooks…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="78"/>
        <source>Import done</source>
        <translation>Import done</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="85"/>
        <source>Add a form (XLSForm)</source>
        <translation>Add a form (XLSForm)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="86"/>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>XLSForm workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="92"/>
        <source>Form not added</source>
        <translation>Form not added</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/window_files.py" line="94"/>
        <source>Form checked</source>
        <translation>Form checked</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="22"/>
        <source>No file attached</source>
        <translation>No file attached</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="23"/>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="24"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="47"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="49"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/questions/files.py" line="50"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="61"/>
        <source>Surveyor: field surveys</source>
        <translation>Surveyor: field surveys</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="68"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="73"/>
        <source>&amp;New response</source>
        <translation>&amp;New response</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="74"/>
        <source>New, &amp;carrying place</source>
        <translation>New, &amp;carrying place</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="77"/>
        <source>&amp;Finalise</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="78"/>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="79"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="80"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="82"/>
        <source>Add &amp;form…</source>
        <translation>Add &amp;form…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="83"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="98"/>
        <location filename="../../surveyor/ui/main_window.py" line="101"/>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="115"/>
        <source>Opening the store…</source>
        <translation>Opening the store…</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="159"/>
        <source>{n} response</source>
        <translation>{n} response</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/main_window.py" line="159"/>
        <source>{n} responses</source>
        <translation>{n} responses</translation>
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
    <name>Runner</name>
    <message>
        <location filename="../../surveyor/ui/jobs.py" line="76"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>TimeEditor</name>
    <message>
        <location filename="../../surveyor/ui/questions/moments.py" line="169"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="39"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="39"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="39"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="40"/>
        <source>older than here</source>
        <translation>older than here</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="40"/>
        <source>conflicts</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="41"/>
        <source>edited outside Surveyor</source>
        <translation>edited outside Surveyor</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="42"/>
        <source>possible duplicates</source>
        <translation>possible duplicates</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="42"/>
        <source>refused files</source>
        <translation>refused files</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="48"/>
        <source>Refused: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="55"/>
        <source>Not a form</source>
        <translation>Not a form</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="57"/>
        <source>{title} (form {form_id}, version {version})</source>
        <translation>{title} (form {form_id}, version {version})</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="59"/>
        <source>{questions} questions, {groups} groups, {repeats} repeats</source>
        <translation>{questions} questions, {groups} groups, {repeats} repeats</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="62"/>
        <source>Ready to use: added to your forms.</source>
        <translation>Ready to use: added to your forms.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="63"/>
        <source>Not usable as it is: see the list above. It was not added.</source>
        <translation>Not usable as it is: see the list above. It was not added.</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="70"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="73"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../surveyor/ui/messages.py" line="74"/>
        <source>Something went wrong that Surveyor did not expect. What was stored before is kept.
The details are in {log}.</source>
        <translation>Something went wrong that Surveyor did not expect. What was stored before is kept.
The details are in {log}.</translation>
    </message>
</context>
</TS>
