<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Mark absence</source>
        <translation>Mark absence</translation>
    </message>
    <message numerus="yes">
        <source>Absence code for %n person(s): {names}</source>
        <translation>
            <numerusform>Absence code for %n person: {names}</numerusform>
            <numerusform>Absence code for %n people: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (e.g. the letter&apos;s number), optional:</source>
        <translation>Note (e.g. the letter&apos;s number), optional:</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>← Back (Esc)</source>
        <translation>← Back (Esc)</translation>
    </message>
    <message>
        <source>Search name, NIP, position or unit (Ctrl+F)</source>
        <translation>Search name, NIP, position or unit (Ctrl+F)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Signed or not</source>
        <translation>Signed or not</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>Every unit</translation>
    </message>
    <message>
        <source>Mark absence… (Ctrl+M)</source>
        <translation>Mark absence… (Ctrl+M)</translation>
    </message>
    <message>
        <source>S, I, C, DL or TK for the people selected in the list</source>
        <translation>S, I, C, DL or TK for the people selected in the list</translation>
    </message>
    <message>
        <source>Register walk-in… (Ctrl+N)</source>
        <translation>Register walk-in… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Attendance list: {title}</source>
        <translation>Attendance list: {title}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The attendance list could not be read</source>
        <translation>The attendance list could not be read</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
    <message>
        <source>Select one or more people in the list first.</source>
        <translation>Select one or more people in the list first.</translation>
    </message>
    <message>
        <source>The people selected are present; an absence code is only for people not present.</source>
        <translation>The people selected are present; an absence code is only for people not present.</translation>
    </message>
    <message>
        <source>The absence was not saved</source>
        <translation>The absence was not saved</translation>
    </message>
    <message numerus="yes">
        <source>{code} marked for %n person(s).</source>
        <translation>
            <numerusform>{code} marked for %n person.</numerusform>
            <numerusform>{code} marked for %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present: not changed.</source>
        <translation>
            <numerusform>%n already present: not changed.</numerusform>
            <numerusform>%n already present: not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is recorded as present.</source>
        <translation>{name} is recorded as present.</translation>
    </message>
    <message>
        <source>{name} was already recorded at {time}; nothing was added.</source>
        <translation>{name} was already recorded at {time}; nothing was added.</translation>
    </message>
    <message>
        <source>Expected {expected} · present {present} · signed {signed} · not signed {not_signed} · late {late} · {codes}</source>
        <translation>Expected {expected} · present {present} · signed {signed} · not signed {not_signed} · late {late} · {codes}</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Read a QR code with the camera</source>
        <translation>Read a QR code with the camera</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Hold the QR code or barcode in front of the camera.</source>
        <translation>Hold the QR code or barcode in front of the camera.</translation>
    </message>
    <message>
        <source>This code holds no NIP or NIK.</source>
        <translation>This code holds no NIP or NIK.</translation>
    </message>
</context>
<context>
    <name>CampaignCoverageBox</name>
    <message>
        <source>Coverage against a campaign&apos;s deadline</source>
        <translation>Coverage against a campaign&apos;s deadline</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>No employee list imported: coverage counts the employee list imported into this database.</source>
        <translation>No employee list imported: coverage counts the employee list imported into this database.</translation>
    </message>
    <message>
        <source>Choose a unit to see who has not signed by the deadline.</source>
        <translation>Choose a unit to see who has not signed by the deadline.</translation>
    </message>
    <message>
        <source>{unit}: {count} not signed by the deadline</source>
        <translation>{unit}: {count} not signed by the deadline</translation>
    </message>
    <message>
        <source>late: {when}</source>
        <translation>late: {when}</translation>
    </message>
    <message>
        <source>Deadline: end of {day} on each event&apos;s clock.</source>
        <translation>Deadline: end of {day} on each event&apos;s clock.</translation>
    </message>
    <message>
        <source>No campaign yet: make one with &apos;New campaign…&apos;, or merge the files of its events.</source>
        <translation>No campaign yet: make one with &apos;New campaign…&apos;, or merge the files of its events.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>Follow-up event…</source>
        <translation>Follow-up event…</translation>
    </message>
    <message>
        <source>An event of the chosen campaign for the people of chosen units who have not signed yet</source>
        <translation>An event of the chosen campaign for the people of chosen units who have not signed yet</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Save XLSX…</translation>
    </message>
    <message>
        <source>Follow-up event &apos;{title}&apos; made: {count} people expected.</source>
        <translation>Follow-up event &apos;{title}&apos; made: {count} people expected.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Signed: by the deadline. Late: signed only after it. Not yet: not signed at all. The list under it: everyone not signed by the deadline (the late ones included).</source>
        <translation>Signed: by the deadline. Late: signed only after it. Not yet: not signed at all. The list under it: everyone not signed by the deadline (the late ones included).</translation>
    </message>
    <message>
        <source>Change campaign…</source>
        <translation>Change campaign…</translation>
    </message>
    <message>
        <source>Who had not signed by the chosen campaign&apos;s deadline, per unit: all units or those you choose</source>
        <translation>Who had not signed by the chosen campaign&apos;s deadline, per unit: all units or those you choose</translation>
    </message>
    <message>
        <source>Change the chosen campaign&apos;s name, deadline or pact text</source>
        <translation>Change the chosen campaign&apos;s name, deadline or pact text</translation>
    </message>
    <message>
        <source>This campaign was made by another desk: only that desk can change it (its changes come with its files).</source>
        <translation>This campaign was made by another desk: only that desk can change it (its changes come with its files).</translation>
    </message>
    <message>
        <source>Campaign &apos;{name}&apos; saved; its changes go with this desk&apos;s next files.</source>
        <translation>Campaign &apos;{name}&apos; saved; its changes go with this desk&apos;s next files.</translation>
    </message>
</context>
<context>
    <name>CampaignCoverageModel</name>
    <message>
        <source>Unit (OPD)</source>
        <translation>Unit (OPD)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>% signed</source>
        <translation>% signed</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <source>This computer&apos;s clock looks wrong: it says {now}. Set the correct date and time before checking anyone in.</source>
        <translation>This computer&apos;s clock looks wrong: it says {now}. Set the correct date and time before checking anyone in.</translation>
    </message>
    <message>
        <source>This computer&apos;s date ({today}) is not the date of the event ({date}). Check the date and time on this computer: late marks depend on it.</source>
        <translation>This computer&apos;s date ({today}) is not the date of the event ({date}). Check the date and time on this computer: late marks depend on it.</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone ({offset}) is not the event&apos;s ({tz}): check the time zone setting.</source>
        <translation>This computer&apos;s time zone ({offset}) is not the event&apos;s ({tz}): check the time zone setting.</translation>
    </message>
    <message>
        <source>Hide this warning</source>
        <translation>Hide this warning</translation>
    </message>
</context>
<context>
    <name>CloseEventDialog</name>
    <message>
        <source>Close the event</source>
        <translation>Close the event</translation>
    </message>
    <message>
        <source>Close {event}?</source>
        <translation>Close {event}?</translation>
    </message>
    <message>
        <source>No desk will take a check-in or a signature for it any more. What is recorded stays: the lists, reports and sync files can still be made. An admin can reopen it.</source>
        <translation>No desk will take a check-in or a signature for it any more. What is recorded stays: the lists, reports and sync files can still be made. An admin can reopen it.</translation>
    </message>
    <message>
        <source>Reopen the event</source>
        <translation>Reopen the event</translation>
    </message>
    <message>
        <source>Reopen {event}?</source>
        <translation>Reopen {event}?</translation>
    </message>
    <message>
        <source>The desks will take check-ins and signatures for it again.</source>
        <translation>The desks will take check-ins and signatures for it again.</translation>
    </message>
    <message>
        <source>Admin PIN:</source>
        <translation>Admin PIN:</translation>
    </message>
    <message>
        <source>No admin PIN is set (Settings): anyone at this computer can close or reopen an event.</source>
        <translation>No admin PIN is set (Settings): anyone at this computer can close or reopen an event.</translation>
    </message>
    <message>
        <source>Wrong admin PIN.</source>
        <translation>Wrong admin PIN.</translation>
    </message>
</context>
<context>
    <name>ClosedBanner</name>
    <message>
        <source>This event is closed: this desk records no check-ins. What was recorded stays, for the lists, reports and sync.</source>
        <translation>This event is closed: this desk records no check-ins. What was recorded stays, for the lists, reports and sync.</translation>
    </message>
    <message>
        <source>Reopen… ({key})</source>
        <translation>Reopen… ({key})</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>NIK (non-ASN)</source>
        <translation>NIK (non-ASN)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title before name</source>
        <translation>Title before name</translation>
    </message>
    <message>
        <source>Title after name</source>
        <translation>Title after name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Category (PNS, PPPK…)</source>
        <translation>Category (PNS, PPPK…)</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Pangkat</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Position (jabatan)</translation>
    </message>
    <message>
        <source>Unit (OPD)</source>
        <translation>Unit (OPD)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; (Ikrar field ← column in the file)</source>
        <translation>&lt;b&gt;Columns&lt;/b&gt; (Ikrar field ← column in the file)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(not in this file)</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Choose the column that holds the name.</translation>
    </message>
    <message>
        <source>Choose the column that holds the NIP (or the NIK).</source>
        <translation>Choose the column that holds the NIP (or the NIK).</translation>
    </message>
    <message>
        <source>* required: the name, and the NIP or the NIK</source>
        <translation>* required: the name, and the NIP or the NIK</translation>
    </message>
    <message>
        <source>&lt;b&gt;First rows&lt;/b&gt;, as Ikrar will read them; grey columns are not imported</source>
        <translation>&lt;b&gt;First rows&lt;/b&gt;, as Ikrar will read them; grey columns are not imported</translation>
    </message>
    <message>
        <source>Choose the column that holds the name and the one that holds the NIP (or the NIK).</source>
        <translation>Choose the column that holds the name and the one that holds the NIP (or the NIK).</translation>
    </message>
    <message>
        <source>(row number)</source>
        <translation>(row number)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Non-ASN status (Honorer…)</source>
        <translation>Non-ASN status (Honorer…)</translation>
    </message>
    <message>
        <source>Regency/city (province list)</source>
        <translation>Regency/city (province list)</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <source>Last check-ins</source>
        <translation>Last check-ins</translation>
    </message>
    <message>
        <source>Void… (F9)</source>
        <translation>Void… (F9)</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Counts unavailable: {error}</source>
        <translation>Counts unavailable: {error}</translation>
    </message>
    <message>
        <source>Present {present} / {expected}</source>
        <translation>Present {present} / {expected}</translation>
    </message>
    <message>
        <source>Signed {signed} · Late {late} · Not signed yet {missing}</source>
        <translation>Signed {signed} · Late {late} · Not signed yet {missing}</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>(voided)</translation>
    </message>
    <message>
        <source>(no signature)</source>
        <translation>(no signature)</translation>
    </message>
    <message>
        <source>+ {present} present outside the list ({signed} signed)</source>
        <translation>+ {present} present outside the list ({signed} signed)</translation>
    </message>
</context>
<context>
    <name>DeskDialogs</name>
    <message>
        <source>The database is busy: another Ikrar window or program on this computer is writing to it.</source>
        <translation>The database is busy: another Ikrar window or program on this computer is writing to it.</translation>
    </message>
    <message>
        <source>Wait a few seconds, then press Enter again. If it keeps happening, close the other Ikrar window.</source>
        <translation>Wait a few seconds, then press Enter again. If it keeps happening, close the other Ikrar window.</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only: a locked USB stick or a folder without permission).</source>
        <translation>The database file cannot be written (read-only: a locked USB stick or a folder without permission).</translation>
    </message>
    <message>
        <source>Copy the database to a folder you can write to (e.g. Documents), open it from there and save again.</source>
        <translation>Copy the database to a folder you can write to (e.g. Documents), open it from there and save again.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>Free some space (delete files you do not need, empty the Recycle Bin), then press Enter again.</source>
        <translation>Free some space (delete files you do not need, empty the Recycle Bin), then press Enter again.</translation>
    </message>
    <message>
        <source>The database refused to save: {error}</source>
        <translation>The database refused to save: {error}</translation>
    </message>
    <message>
        <source>Press Enter to try again. If it fails again, note the person on paper and call the organizer.</source>
        <translation>Press Enter to try again. If it fails again, note the person on paper and call the organizer.</translation>
    </message>
    <message>
        <source>The signature is still on the pad: nothing is lost.</source>
        <translation>The signature is still on the pad: nothing is lost.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Welcome to Ikrar</source>
        <translation>Welcome to Ikrar</translation>
    </message>
    <message>
        <source>Before this desk is used, set what every printed document carries: the letterhead (kop surat), the city, the approving official, this desk&apos;s name and the admin PIN. Everything can be changed later in Settings.</source>
        <translation>Before this desk is used, set what every printed document carries: the letterhead (kop surat), the city, the approving official, this desk&apos;s name and the admin PIN. Everything can be changed later in Settings.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>This desk&apos;s name</translation>
    </message>
    <message>
        <source>Printed on the documents and carried in the sync files, so the merged reports can tell the desks apart. For example: Meja Pintu Utara, Meja BKPSDM 2.</source>
        <translation>Printed on the documents and carried in the sync files, so the merged reports can tell the desks apart. For example: Meja Pintu Utara, Meja BKPSDM 2.</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Save (Enter) or cancel (Esc) this signature first.</source>
        <translation>Save (Enter) or cancel (Esc) this signature first.</translation>
    </message>
    <message>
        <source>Voided: {name} ({time}).</source>
        <translation>Voided: {name} ({time}).</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <source>Cannot sign…</source>
        <translation>Cannot sign…</translation>
    </message>
    <message>
        <source>Void a check-in…</source>
        <translation>Void a check-in…</translation>
    </message>
    <message>
        <source>Ready for the next person.</source>
        <translation>Ready for the next person.</translation>
    </message>
    <message>
        <source>Sign on the pad, then press Enter.</source>
        <translation>Sign on the pad, then press Enter.</translation>
    </message>
    <message>
        <source>{name} already checked in at {time} and signed.</source>
        <translation>{name} already checked in at {time} and signed.</translation>
    </message>
    <message>
        <source>{name} already checked in at {time}, without a signature.</source>
        <translation>{name} already checked in at {time}, without a signature.</translation>
    </message>
    <message>
        <source>No longer active on the roster.</source>
        <translation>No longer active on the roster.</translation>
    </message>
    <message>
        <source>Not in this event&apos;s units: the check-in is still recorded.</source>
        <translation>Not in this event&apos;s units: the check-in is still recorded.</translation>
    </message>
    <message>
        <source>Cancelled. Ready for the next person.</source>
        <translation>Cancelled. Ready for the next person.</translation>
    </message>
    <message>
        <source>Saved: {name} — present at {time}.</source>
        <translation>Saved: {name} — present at {time}.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Signed.</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(late)</translation>
    </message>
    <message>
        <source>{name} was already checked in at {time}: no second record was made.</source>
        <translation>{name} was already checked in at {time}: no second record was made.</translation>
    </message>
    <message>
        <source>Not saved. The signature is kept: press Enter to try again.</source>
        <translation>Not saved. The signature is kept: press Enter to try again.</translation>
    </message>
    <message>
        <source>Recorded as present without a signature: {name}.</source>
        <translation>Recorded as present without a signature: {name}.</translation>
    </message>
    <message>
        <source>Saving records the person as present; the mark stays in the history, voided (replaced by H).</source>
        <translation>Saving records the person as present; the mark stays in the history, voided (replaced by H).</translation>
    </message>
    <message>
        <source>Saving records the person as present; the mark stays, as that desk&apos;s record, and the present record counts.</source>
        <translation>Saving records the person as present; the mark stays, as that desk&apos;s record, and the present record counts.</translation>
    </message>
    <message>
        <source>{name} is marked {what}: check the card before saving.</source>
        <translation>{name} is marked {what}: check the card before saving.</translation>
    </message>
    <message>
        <source>The mark {what} was replaced and stays in the history.</source>
        <translation>The mark {what} was replaced and stays in the history.</translation>
    </message>
    <message>
        <source>No one found for “{text}”. Check the spelling, or register the person as outside the list.</source>
        <translation>No one found for “{text}”. Check the spelling, or register the person as outside the list.</translation>
    </message>
    <message>
        <source>No one is chosen: these are not sure matches. Check the name, choose with ↑ ↓, then press Enter.</source>
        <translation>No one is chosen: these are not sure matches. Check the name, choose with ↑ ↓, then press Enter.</translation>
    </message>
    <message>
        <source>{code} is not on the employee list.</source>
        <translation>{code} is not on the employee list.</translation>
    </message>
    <message>
        <source>{code} is not on the employee list. If the person is here, register them as outside the list.</source>
        <translation>{code} is not on the employee list. If the person is here, register them as outside the list.</translation>
    </message>
    <message>
        <source>Outside the list (a walk-in).</source>
        <translation>Outside the list (a walk-in).</translation>
    </message>
    <message>
        <source>Recorded as present just now; the signature is added to that record.</source>
        <translation>Recorded as present just now; the signature is added to that record.</translation>
    </message>
    <message>
        <source>Register as outside the list… ({key})</source>
        <translation>Register as outside the list… ({key})</translation>
    </message>
    <message>
        <source>{name} is recorded as present (outside the list). Sign on the pad, then press Enter.</source>
        <translation>{name} is recorded as present (outside the list). Sign on the pad, then press Enter.</translation>
    </message>
    <message>
        <source>Marked {what} at {time} ({desk}).</source>
        <translation>Marked {what} at {time} ({desk}).</translation>
    </message>
    <message>
        <source>The mark {what} ({desk}) stays; the present record counts.</source>
        <translation>The mark {what} ({desk}) stays; the present record counts.</translation>
    </message>
</context>
<context>
    <name>EditCampaignDialog</name>
    <message>
        <source>Change campaign</source>
        <translation>Change campaign</translation>
    </message>
    <message>
        <source>Signed by the end of the deadline&apos;s day, on each event&apos;s own clock. A changed pact text is used by the events made from now on; the campaign&apos;s changes reach the other desks and the hub with this desk&apos;s next files.</source>
        <translation>Signed by the end of the deadline&apos;s day, on each event&apos;s own clock. A changed pact text is used by the events made from now on; the campaign&apos;s changes reach the other desks and the hub with this desk&apos;s next files.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is in use by another program, perhaps another copy of Ikrar.</source>
        <translation>The database is in use by another program, perhaps another copy of Ikrar.</translation>
    </message>
    <message>
        <source>Close the other copy of Ikrar (or wait a moment), then try again. Nothing that was shown as saved is lost.</source>
        <translation>Close the other copy of Ikrar (or wait a moment), then try again. Nothing that was shown as saved is lost.</translation>
    </message>
    <message>
        <source>The database file cannot be written: the folder or the file is read-only.</source>
        <translation>The database file cannot be written: the folder or the file is read-only.</translation>
    </message>
    <message>
        <source>Copy the data to a folder you can write to (for example Documents) and open it from there, or ask the administrator for write permission.</source>
        <translation>Copy the data to a folder you can write to (for example Documents) and open it from there, or ask the administrator for write permission.</translation>
    </message>
    <message>
        <source>The disk is full: the database could not be written.</source>
        <translation>The disk is full: the database could not be written.</translation>
    </message>
    <message>
        <source>Free disk space (delete or move large files, empty the Recycle Bin), then try again.</source>
        <translation>Free disk space (delete or move large files, empty the Recycle Bin), then try again.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (a removed USB stick, or a failing disk).</source>
        <translation>The disk could not be read or written (a removed USB stick, or a failing disk).</translation>
    </message>
    <message>
        <source>Put the disk back or copy the database to the laptop&apos;s own disk, then start Ikrar again.</source>
        <translation>Put the disk back or copy the database to the laptop&apos;s own disk, then start Ikrar again.</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>The database file could not be opened.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable, or choose another folder with --db.</source>
        <translation>Check that the folder exists and is writable, or choose another folder with --db.</translation>
    </message>
    <message>
        <source>Choose the employee list exported from SIASN or SIMPEG (CSV or XLSX) with a NIP or NIK column and a name column, or change the column mapping.</source>
        <translation>Choose the employee list exported from SIASN or SIMPEG (CSV or XLSX) with a NIP or NIK column and a name column, or change the column mapping.</translation>
    </message>
    <message>
        <source>The database reported an error: {message}</source>
        <translation>The database reported an error: {message}</translation>
    </message>
    <message>
        <source>Try again. If it happens again, close Ikrar, start it again and tell the organizer.</source>
        <translation>Try again. If it happens again, close Ikrar, start it again and tell the organizer.</translation>
    </message>
    <message>
        <source>The disk is full; {file} could not be written.</source>
        <translation>The disk is full; {file} could not be written.</translation>
    </message>
    <message>
        <source>Free disk space, then try again.</source>
        <translation>Free disk space, then try again.</translation>
    </message>
    <message>
        <source>No permission to use {file}.</source>
        <translation>No permission to use {file}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or close the program that has the file open (for example Excel), then try again.</source>
        <translation>Choose a folder you can write to, or close the program that has the file open (for example Excel), then try again.</translation>
    </message>
    <message>
        <source>The file {file} was not found.</source>
        <translation>The file {file} was not found.</translation>
    </message>
    <message>
        <source>Check that the file or USB stick is still there and choose it again.</source>
        <translation>Check that the file or USB stick is still there and choose it again.</translation>
    </message>
    <message>
        <source>The file {file} could not be read or written ({message}).</source>
        <translation>The file {file} could not be read or written ({message}).</translation>
    </message>
    <message>
        <source>Check the file and the disk, then try again.</source>
        <translation>Check the file and the disk, then try again.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {message}</source>
        <translation>Something unexpected went wrong: {message}</translation>
    </message>
    <message>
        <source>Try again. If it happens again, note what you did and tell the organizer.</source>
        <translation>Try again. If it happens again, note what you did and tell the organizer.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EventClosing</name>
    <message>
        <source>This event is closed: no check-in can be recorded. An admin can reopen it ({key}).</source>
        <translation>This event is closed: no check-in can be recorded. An admin can reopen it ({key}).</translation>
    </message>
    <message>
        <source>The event is closed. Reopen it to record check-ins again.</source>
        <translation>The event is closed. Reopen it to record check-ins again.</translation>
    </message>
    <message>
        <source>The event is open again: ready for the next person.</source>
        <translation>The event is open again: ready for the next person.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Expected units</source>
        <translation>Expected units</translation>
    </message>
    <message>
        <source>Pact text</source>
        <translation>Pact text</translation>
    </message>
    <message>
        <source>Apel</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Ceremony (upacara)</source>
        <translation>Ceremony (upacara)</translation>
    </message>
    <message>
        <source>Pact signing</source>
        <translation>Pact signing</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date, start, zone</source>
        <translation>Date, start, zone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>e.g. Apel Ikrar Netralitas ASN</source>
        <translation>e.g. Apel Ikrar Netralitas ASN</translation>
    </message>
    <message>
        <source>e.g. Halaman Kantor Bupati</source>
        <translation>e.g. Halaman Kantor Bupati</translation>
    </message>
    <message>
        <source>e.g. BKPSDM Kabupaten …</source>
        <translation>e.g. BKPSDM Kabupaten …</translation>
    </message>
    <message>
        <source>Approving official (mengetahui) on the printed list</source>
        <translation>Approving official (mengetahui) on the printed list</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write the title of the event.</source>
        <translation>Write the title of the event.</translation>
    </message>
    <message>
        <source>The approving official&apos;s NIP: {reason}</source>
        <translation>The approving official&apos;s NIP: {reason}</translation>
    </message>
    <message>
        <source>Tick at least one unit, or choose all units.</source>
        <translation>Tick at least one unit, or choose all units.</translation>
    </message>
    <message>
        <source>The pact text cannot be empty.</source>
        <translation>The pact text cannot be empty.</translation>
    </message>
    <message>
        <source>The event was not saved</source>
        <translation>The event was not saved</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>+ {n} outside the list of participants</source>
        <translation>+ {n} outside the list of participants</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Follow-up event</source>
        <translation>Follow-up event</translation>
    </message>
    <message>
        <source>A follow-up event of &apos;{name}&apos; expects exactly the people of the ticked units who have not signed at any of its events now; that list is then fixed.</source>
        <translation>A follow-up event of &apos;{name}&apos; expects exactly the people of the ticked units who have not signed at any of its events now; that list is then fixed.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Units:</translation>
    </message>
    <message>
        <source>Follow-up signing: {name}</source>
        <translation>Follow-up signing: {name}</translation>
    </message>
    <message>
        <source>{unit} ({count} not signed)</source>
        <translation>{unit} ({count} not signed)</translation>
    </message>
    <message>
        <source>Time, zone:</source>
        <translation>Time, zone:</translation>
    </message>
</context>
<context>
    <name>HubSection</name>
    <message>
        <source>Hub database</source>
        <translation>Hub database</translation>
    </message>
    <message>
        <source>File on this computer (desk)</source>
        <translation>File on this computer (desk)</translation>
    </message>
    <message>
        <source>PostgreSQL server (hub)</source>
        <translation>PostgreSQL server (hub)</translation>
    </message>
    <message>
        <source>The server&apos;s address, without a password</source>
        <translation>The server&apos;s address, without a password</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Write the address without a password: it is taken from this user&apos;s pgpass file (or the file PGPASSFILE names). The choice is used when Ikrar is started again.</source>
        <translation>Write the address without a password: it is taken from this user&apos;s pgpass file (or the file PGPASSFILE names). The choice is used when Ikrar is started again.</translation>
    </message>
    <message>
        <source>Now {name} names the database, and wins over this choice.</source>
        <translation>Now {name} names the database, and wins over this choice.</translation>
    </message>
    <message>
        <source>Trying the server…</source>
        <translation>Trying the server…</translation>
    </message>
    <message>
        <source>The connection to {server} works.</source>
        <translation>The connection to {server} works.</translation>
    </message>
    <message>
        <source>The choice could not be saved in {file}: {reason}</source>
        <translation>The choice could not be saved in {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>18-digit NIP or 16-digit NIK</source>
        <translation>18-digit NIP or 16-digit NIK</translation>
    </message>
    <message>
        <source>18-digit NIP, e.g. 19860926 201505 1 001</source>
        <translation>18-digit NIP, e.g. 19860926 201505 1 001</translation>
    </message>
    <message>
        <source>Type the NIP or NIK.</source>
        <translation>Type the NIP or NIK.</translation>
    </message>
    <message>
        <source>Type the NIP.</source>
        <translation>Type the NIP.</translation>
    </message>
    <message>
        <source>Valid NIK</source>
        <translation>Valid NIK</translation>
    </message>
    <message>
        <source>Valid NIP ({category}): {nip}</source>
        <translation>Valid NIP ({category}): {nip}</translation>
    </message>
    <message>
        <source>A NIP has 18 digits and a NIK 16; this number has {count}.</source>
        <translation>A NIP has 18 digits and a NIK 16; this number has {count}.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits; this number has {count}.</source>
        <translation>A NIP has 18 digits; this number has {count}.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Save this list as CSV…</source>
        <translation>Save this list as CSV…</translation>
    </message>
    <message>
        <source>Check only: nothing was saved yet. Importing this file would give:</source>
        <translation>Check only: nothing was saved yet. Importing this file would give:</translation>
    </message>
    <message>
        <source>The employee list was imported:</source>
        <translation>The employee list was imported:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{created}&lt;/b&gt; new, &lt;b&gt;{updated}&lt;/b&gt; updated, &lt;b&gt;{unchanged}&lt;/b&gt; unchanged, &lt;b style=&apos;color:#b00020&apos;&gt;{rejected}&lt;/b&gt; rows refused, {warnings} warnings.</source>
        <translation>&lt;b&gt;{created}&lt;/b&gt; new, &lt;b&gt;{updated}&lt;/b&gt; updated, &lt;b&gt;{unchanged}&lt;/b&gt; unchanged, &lt;b style=&apos;color:#b00020&apos;&gt;{rejected}&lt;/b&gt; rows refused, {warnings} warnings.</translation>
    </message>
    <message>
        <source>{rows} data rows read in {seconds} s.</source>
        <translation>{rows} data rows read in {seconds} s.</translation>
    </message>
    <message>
        <source>New units: {units}.</source>
        <translation>New units: {units}.</translation>
    </message>
    <message>
        <source>{count} people not in this file were marked as no longer active.</source>
        <translation>{count} people not in this file were marked as no longer active.</translation>
    </message>
    <message>
        <source>Refused rows are listed below: fix them in the source file and import it again.</source>
        <translation>Refused rows are listed below: fix them in the source file and import it again.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>(see row {row})</source>
        <translation>(see row {row})</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Save the refused rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The list was not saved</source>
        <translation>The list was not saved</translation>
    </message>
</context>
<context>
    <name>ImportRosterDialog</name>
    <message>
        <source>Import the employee list</source>
        <translation>Import the employee list</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>no file chosen yet</source>
        <translation>no file chosen yet</translation>
    </message>
    <message>
        <source>Choose file… (Ctrl+O)</source>
        <translation>Choose file… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Choose the employee list exported from SIASN or SIMPEG (CSV or XLSX). Ikrar finds the columns itself; check them below and change any that is wrong. People already in Ikrar are updated, not added twice.</source>
        <translation>Choose the employee list exported from SIASN or SIMPEG (CSV or XLSX). Ikrar finds the columns itself; check them below and change any that is wrong. People already in Ikrar are updated, not added twice.</translation>
    </message>
    <message>
        <source>Mark people who are not in this file as no longer active</source>
        <translation>Mark people who are not in this file as no longer active</translation>
    </message>
    <message>
        <source>Use this only with the complete list of the whole government; they stay in past events.</source>
        <translation>Use this only with the complete list of the whole government; they stay in past events.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation>Back to the columns</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>Check first</translation>
    </message>
    <message>
        <source>Read the whole file and show what would happen, without saving</source>
        <translation>Read the whole file and show what would happen, without saving</translation>
    </message>
    <message>
        <source>Choose the employee list</source>
        <translation>Choose the employee list</translation>
    </message>
    <message>
        <source>Employee lists (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Employee lists (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <source>{file} is not an employee list Ikrar can read: {reason}</source>
        <translation>{file} is not an employee list Ikrar can read: {reason}</translation>
    </message>
    <message>
        <source>Columns found: {headers}</source>
        <translation>Columns found: {headers}</translation>
    </message>
    <message>
        <source>Excel sheet {sheet}</source>
        <translation>Excel sheet {sheet}</translation>
    </message>
    <message>
        <source>CSV separated by “{delimiter}”, {encoding}</source>
        <translation>CSV separated by “{delimiter}”, {encoding}</translation>
    </message>
    <message>
        <source>{how}; column titles on row {row}; about {count} rows.</source>
        <translation>{how}; column titles on row {row}; about {count} rows.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>The import failed</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Import now</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ikrar does not know every column title in {file}. Choose the columns marked * on the left; the first rows on the right show what each column holds.</source>
        <translation>Ikrar does not know every column title in {file}. Choose the columns marked * on the left; the first rows on the right show what each column holds.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>The import had already finished when you asked to stop it; the report below shows what changed.</source>
        <translation>The import had already finished when you asked to stop it; the report below shows what changed.</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>The check was stopped. Nothing was changed.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed: Ikrar keeps the employee list it had before.</source>
        <translation>The import was cancelled. Nothing was changed: Ikrar keeps the employee list it had before.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Stop the import?</translation>
    </message>
    <message>
        <source>The employee list is still being imported. If you stop now, nothing is changed: Ikrar keeps the list it had before.</source>
        <translation>The employee list is still being imported. If you stop now, nothing is changed: Ikrar keeps the list it had before.</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Stop the import</translation>
    </message>
    <message>
        <source>Continue importing</source>
        <translation>Continue importing</translation>
    </message>
</context>
<context>
    <name>KopPage</name>
    <message>
        <source>Letterhead (kop surat)</source>
        <translation>Letterhead (kop surat)</translation>
    </message>
    <message>
        <source>Type the letterhead as on your office&apos;s paper. Until it is set, every document is printed with a red KOP BELUM DIATUR mark.</source>
        <translation>Type the letterhead as on your office&apos;s paper. Until it is set, every document is printed with a red KOP BELUM DIATUR mark.</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Office (printed large)</source>
        <translation>Office (printed large)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone, e-mail, website</source>
        <translation>Phone, e-mail, website</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>e.g. PEMERINTAH KABUPATEN MAJU</source>
        <translation>e.g. PEMERINTAH KABUPATEN MAJU</translation>
    </message>
    <message>
        <source>e.g. BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA</source>
        <translation>e.g. BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA</translation>
    </message>
    <message>
        <source>e.g. Jalan Merdeka No. 1, Maju 12345</source>
        <translation>e.g. Jalan Merdeka No. 1, Maju 12345</translation>
    </message>
    <message>
        <source>may stay empty</source>
        <translation>may stay empty</translation>
    </message>
    <message>
        <source>As it will print:</source>
        <translation>As it will print:</translation>
    </message>
    <message>
        <source>Type the first line of the letterhead: the government, e.g. PEMERINTAH KABUPATEN MAJU.</source>
        <translation>Type the first line of the letterhead: the government, e.g. PEMERINTAH KABUPATEN MAJU.</translation>
    </message>
    <message>
        <source>The letterhead is still the made-up example; type your own government&apos;s name.</source>
        <translation>The letterhead is still the made-up example; type your own government&apos;s name.</translation>
    </message>
    <message>
        <source>Type the office&apos;s name, e.g. DINAS KESEHATAN.</source>
        <translation>Type the office&apos;s name, e.g. DINAS KESEHATAN.</translation>
    </message>
    <message>
        <source>Pemda in the pact text</source>
        <translation>Pemda in the pact text</translation>
    </message>
    <message>
        <source>Printed in the points of every pact page: &quot;… Pegawai ASN di lingkungan Pemerintah Kabupaten Maju …&quot;. A new event&apos;s pact text starts with it (the event&apos;s owner may change it there). Empty: taken from the letterhead&apos;s first line.</source>
        <translation>Printed in the points of every pact page: &quot;… Pegawai ASN di lingkungan Pemerintah Kabupaten Maju …&quot;. A new event&apos;s pact text starts with it (the event&apos;s owner may change it there). Empty: taken from the letterhead&apos;s first line.</translation>
    </message>
    <message>
        <source>from the letterhead: {pemda}</source>
        <translation>from the letterhead: {pemda}</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Maju</source>
        <translation>e.g. Pemerintah Kabupaten Maju</translation>
    </message>
</context>
<context>
    <name>LeftPanel</name>
    <message>
        <source>Enter: save · Esc: cancel</source>
        <translation>Enter: save · Esc: cancel</translation>
    </message>
    <message>
        <source>Scan, or type a name or NIP</source>
        <translation>Scan, or type a name or NIP</translation>
    </message>
    <message>
        <source>Scan the person&apos;s code, or type three letters of the name. ↑ ↓ choose, Enter opens, Esc clears.</source>
        <translation>Scan the person&apos;s code, or type three letters of the name. ↑ ↓ choose, Enter opens, Esc clears.</translation>
    </message>
    <message>
        <source>Read a QR code with the camera (F8)</source>
        <translation>Read a QR code with the camera (F8)</translation>
    </message>
    <message>
        <source>Reopen event… ({key})</source>
        <translation>Reopen event… ({key})</translation>
    </message>
    <message>
        <source>Close event… ({key})</source>
        <translation>Close event… ({key})</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{file} is not a picture Ikrar can read (PNG or JPG).</source>
        <translation>{file} is not a picture Ikrar can read (PNG or JPG).</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>No logo: the letterhead is printed without one.</source>
        <translation>No logo: the letterhead is printed without one.</translation>
    </message>
    <message>
        <source>Logo: {width} × {height} pixels, {size} kB, kept in the database.</source>
        <translation>Logo: {width} × {height} pixels, {size} kB, kept in the database.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Ikrar</source>
        <translation>&amp;Ikrar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Signer screen</source>
        <translation>Signer screen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>This screen could not be opened: {error}</source>
        <translation>This screen could not be opened: {error}</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>Choose an event first.</translation>
    </message>
    <message>
        <source>Unsaved signature</source>
        <translation>Unsaved signature</translation>
    </message>
    <message>
        <source>A signature is drawn but not saved. Close Ikrar anyway?</source>
        <translation>A signature is drawn but not saved. Close Ikrar anyway?</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Pact text:</source>
        <translation>Pact text:</translation>
    </message>
    <message>
        <source>e.g. Pakta Netralitas Pilkada 2026</source>
        <translation>e.g. Pakta Netralitas Pilkada 2026</translation>
    </message>
    <message>
        <source>Optional: the pact text the campaign&apos;s events use</source>
        <translation>Optional: the pact text the campaign&apos;s events use</translation>
    </message>
    <message>
        <source>Signed by the end of the deadline&apos;s day, on each event&apos;s own clock. Without a pact text, each event keeps its own.</source>
        <translation>Signed by the end of the deadline&apos;s day, on each event&apos;s own clock. Without a pact text, each event keeps its own.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Cannot sign</source>
        <translation>Cannot sign</translation>
    </message>
    <message>
        <source>{name} is recorded as present without a signature. Why can they not sign?</source>
        <translation>{name} is recorded as present without a signature. Why can they not sign?</translation>
    </message>
    <message>
        <source>e.g. injured right hand</source>
        <translation>e.g. injured right hand</translation>
    </message>
    <message>
        <source>Record as present</source>
        <translation>Record as present</translation>
    </message>
    <message>
        <source>Write why the person cannot sign.</source>
        <translation>Write why the person cannot sign.</translation>
    </message>
</context>
<context>
    <name>OfficialPage</name>
    <message>
        <source>City and approving official</source>
        <translation>City and approving official</translation>
    </message>
    <message>
        <source>The documents end with &quot;city, date&quot; and the official who approves them (Mengetahui,).</source>
        <translation>The documents end with &quot;city, date&quot; and the official who approves them (Mengetahui,).</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Name, with titles</source>
        <translation>Name, with titles</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>e.g. Kepala BKPSDM</source>
        <translation>e.g. Kepala BKPSDM</translation>
    </message>
    <message>
        <source>The official may stay empty: the name and NIP are then printed as dots, to be written by hand. An event can name its own official.</source>
        <translation>The official may stay empty: the name and NIP are then printed as dots, to be written by hand. An event can name its own official.</translation>
    </message>
    <message>
        <source>Type the city printed before the date, e.g. Maju.</source>
        <translation>Type the city printed before the date, e.g. Maju.</translation>
    </message>
    <message>
        <source>The approving official&apos;s NIP: {reason}</source>
        <translation>The approving official&apos;s NIP: {reason}</translation>
    </message>
</context>
<context>
    <name>PactEditor</name>
    <message>
        <source>The text the signer reads before signing. The words in braces are filled in from the fields below: {pemda}, {pemilihan} and {tahun}; the line {identitas} is where the signer&apos;s name, NIP (or NIK) and position are printed. Each signature keeps the exact text that was shown, so changing it later does not change what earlier signers agreed to.</source>
        <translation>The text the signer reads before signing. The words in braces are filled in from the fields below: {pemda}, {pemilihan} and {tahun}; the line {identitas} is where the signer&apos;s name, NIP (or NIK) and position are printed. Each signature keeps the exact text that was shown, so changing it later does not change what earlier signers agreed to.</translation>
    </message>
    <message>
        <source>Filled into the pact text</source>
        <translation>Filled into the pact text</translation>
    </message>
    <message>
        <source>Local government (Pemda)</source>
        <translation>Local government (Pemda)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Contoh</source>
        <translation>e.g. Pemerintah Kabupaten Contoh</translation>
    </message>
    <message>
        <source>e.g. Pemilihan Umum dan Pemilihan Kepala Daerah</source>
        <translation>e.g. Pemilihan Umum dan Pemilihan Kepala Daerah</translation>
    </message>
    <message>
        <source>e.g. 2029</source>
        <translation>e.g. 2029</translation>
    </message>
    <message>
        <source>May stay empty: the text then names no year.</source>
        <translation>May stay empty: the text then names no year.</translation>
    </message>
    <message>
        <source>What the signer sees:</source>
        <translation>What the signer sees:</translation>
    </message>
    <message>
        <source>Restore the standard text</source>
        <translation>Restore the standard text</translation>
    </message>
</context>
<context>
    <name>PactPanel</name>
    <message>
        <source>By signing, I declare that I have read and agree to this integrity pact.</source>
        <translation>By signing, I declare that I have read and agree to this integrity pact.</translation>
    </message>
    <message>
        <source>Integrity pact</source>
        <translation>Integrity pact</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>(walk-in)</translation>
    </message>
    <message>
        <source>(outside the list of participants)</source>
        <translation>(outside the list of participants)</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Rank:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>— (non-ASN, identified by NIK)</source>
        <translation>— (non-ASN, identified by NIK)</translation>
    </message>
    <message>
        <source>PPPK (part-time)</source>
        <translation>PPPK (part-time)</translation>
    </message>
    <message>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <source>Already checked in at {time} by desk {desk}.</source>
        <translation>Already checked in at {time} by desk {desk}.</translation>
    </message>
    <message>
        <source>Already signed: no second record is made.</source>
        <translation>Already signed: no second record is made.</translation>
    </message>
    <message>
        <source>Not signed yet: the signature is added to that check-in.</source>
        <translation>Not signed yet: the signature is added to that check-in.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Admin PIN</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <source>The PIN is asked before a check-in is voided and before an event is closed or reopened. Give it only to whoever runs the apel.</source>
        <translation>The PIN is asked before a check-in is voided and before an event is closed or reopened. Give it only to whoever runs the apel.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>4–12 digits</source>
        <translation>4–12 digits</translation>
    </message>
    <message>
        <source>4–12 digits; leave empty to keep</source>
        <translation>4–12 digits; leave empty to keep</translation>
    </message>
    <message>
        <source>A PIN is set. To change it, type the current PIN first.</source>
        <translation>A PIN is set. To change it, type the current PIN first.</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can void a check-in or close an event.</source>
        <translation>No PIN is set yet: anyone can void a check-in or close an event.</translation>
    </message>
    <message>
        <source>Choose an admin PIN of 4 to 12 digits and type it twice.</source>
        <translation>Choose an admin PIN of 4 to 12 digits and type it twice.</translation>
    </message>
    <message>
        <source>The PIN must have 4 to 12 digits.</source>
        <translation>The PIN must have 4 to 12 digits.</translation>
    </message>
    <message>
        <source>The two new PINs differ; type the new PIN again.</source>
        <translation>The two new PINs differ; type the new PIN again.</translation>
    </message>
    <message>
        <source>The current PIN is not right; the PIN was not changed.</source>
        <translation>The current PIN is not right; the PIN was not changed.</translation>
    </message>
</context>
<context>
    <name>RegencyCoverageBox</name>
    <message>
        <source>Coverage across all events (who has signed at least once)</source>
        <translation>Coverage across all events (who has signed at least once)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>% signed</source>
        <translation>% signed</translation>
    </message>
    <message>
        <source>No employee list imported: coverage counts the employee list (SIASN/SIMPEG) imported into this database, not the people who appear in sync files. Import the regency&apos;s employee list first; until then people known only from files are shown apart, without a percentage.</source>
        <translation>No employee list imported: coverage counts the employee list (SIASN/SIMPEG) imported into this database, not the people who appear in sync files. Import the regency&apos;s employee list first; until then people known only from files are shown apart, without a percentage.</translation>
    </message>
    <message>
        <source>Known only from sync files (not on the imported employee list; no percentage)</source>
        <translation>Known only from sync files (not on the imported employee list; no percentage)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export not-signed list (PDF)</source>
        <translation>Export not-signed list (PDF)</translation>
    </message>
    <message>
        <source>Export not-signed list (XLSX)</source>
        <translation>Export not-signed list (XLSX)</translation>
    </message>
    <message>
        <source>Warning: this database merged files before the trust update; merge the original files again into a fresh hub database.</source>
        <translation>Warning: this database merged files before the trust update; merge the original files again into a fresh hub database.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Double-click a region to see its units</source>
        <translation>Double-click a region to see its units</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
</context>
<context>
    <name>RegionSummaryModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>% signed</source>
        <translation>% signed</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(no region)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Print and reports</source>
        <translation>Print and reports</translation>
    </message>
    <message>
        <source>Signed attendance list (daftar hadir)</source>
        <translation>Signed attendance list (daftar hadir)</translation>
    </message>
    <message>
        <source>Recap per unit (rekapitulasi)</source>
        <translation>Recap per unit (rekapitulasi)</translation>
    </message>
    <message>
        <source>Not signed yet, per unit</source>
        <translation>Not signed yet, per unit</translation>
    </message>
    <message>
        <source>Signed pact per person (pakta integritas)</source>
        <translation>Signed pact per person (pakta integritas)</translation>
    </message>
    <message>
        <source>QR cards for the next apel</source>
        <translation>QR cards for the next apel</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX): list and recap</source>
        <translation>Spreadsheet (XLSX): list and recap</translation>
    </message>
    <message>
        <source>Roster order within each unit</source>
        <translation>Roster order within each unit</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>A heading and numbering per unit</source>
        <translation>A heading and numbering per unit</translation>
    </message>
    <message>
        <source>Everyone expected, with absence codes (Ket.)</source>
        <translation>Everyone expected, with absence codes (Ket.)</translation>
    </message>
    <message>
        <source>A small signature image in each row</source>
        <translation>A small signature image in each row</translation>
    </message>
    <message>
        <source>One PDF file per person (into a folder)</source>
        <translation>One PDF file per person (into a folder)</translation>
    </message>
    <message>
        <source>Document and options</source>
        <translation>Document and options</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>The people present, each signature in its row (odd rows left, even rows right), with the approval block at the end.</source>
        <translation>The people present, each signature in its row (odd rows left, even rows right), with the approval block at the end.</translation>
    </message>
    <message>
        <source>Expected, present, signed, late and absence codes per unit, with totals, the split by kind of employee and a chart.</source>
        <translation>Expected, present, signed, late and absence codes per unit, with totals, the split by kind of employee and a chart.</translation>
    </message>
    <message>
        <source>Who is expected and has not signed, per unit, for the follow-up.</source>
        <translation>Who is expected and has not signed, per unit, for the follow-up.</translation>
    </message>
    <message>
        <source>One page per signer with the exact pact text they read and their signature.</source>
        <translation>One page per signer with the exact pact text they read and their signature.</translation>
    </message>
    <message>
        <source>The attendance list and the recap as a workbook (NIP as text).</source>
        <translation>The attendance list and the recap as a workbook (NIP as text).</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: {what}. Fingerprint {fp} (printed in the footer).</source>
        <translation>Ready: {what}. Fingerprint {fp} (printed in the footer).</translation>
    </message>
    <message>
        <source>Cancelled: no document was written.</source>
        <translation>Cancelled: no document was written.</translation>
    </message>
    <message>
        <source>The document could not be made: {error}</source>
        <translation>The document could not be made: {error}</translation>
    </message>
    <message>
        <source>Save the files into</source>
        <translation>Save the files into</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Preparing the pages for the printer…</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>No program on this computer opens {path}: install a PDF reader (a spreadsheet program for an XLSX), or keep a copy with “Save as…”.</source>
        <translation>No program on this computer opens {path}: install a PDF reader (a spreadsheet program for an XLSX), or keep a copy with “Save as…”.</translation>
    </message>
    <message>
        <source>Cut-out cards with a QR code (the NIP, or the card code of someone without one), per unit.</source>
        <translation>Cut-out cards with a QR code (the NIP, or the card code of someone without one), per unit.</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>✓ present</source>
        <translation>✓ present</translation>
    </message>
    <message>
        <source>The first {shown} shown; type more to narrow them</source>
        <translation>The first {shown} shown; type more to narrow them</translation>
    </message>
    <message>
        <source>The first {shown} of more than {total}</source>
        <translation>The first {shown} of more than {total}</translation>
    </message>
    <message>
        <source>The first {shown} of {total}</source>
        <translation>The first {shown} of {total}</translation>
    </message>
    <message>
        <source>↑ ↓ choose, Enter opens</source>
        <translation>↑ ↓ choose, Enter opens</translation>
    </message>
    <message>
        <source>none chosen for you: check, choose with ↑ ↓, then Enter</source>
        <translation>none chosen for you: check, choose with ↑ ↓, then Enter</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <source>The first {shown}</source>
        <translation>The first {shown}</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>non-ASN (NIK)</source>
        <translation>non-ASN (NIK)</translation>
    </message>
    <message>
        <source>✓ present</source>
        <translation>✓ present</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>old spelling</source>
        <translation>old spelling</translation>
    </message>
    <message>
        <source>inside a word</source>
        <translation>inside a word</translation>
    </message>
    <message>
        <source>across words</source>
        <translation>across words</translation>
    </message>
    <message>
        <source>one typo</source>
        <translation>one typo</translation>
    </message>
    <message>
        <source>Not chosen for you: check the name, choose with ↑ ↓, then Enter.</source>
        <translation>Not chosen for you: check the name, choose with ↑ ↓, then Enter.</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
</context>
<context>
    <name>RightPages</name>
    <message>
        <source>Ready for the next person.

Scan the QR code or barcode, or type a name or NIP.</source>
        <translation>Ready for the next person.

Scan the QR code or barcode, or type a name or NIP.</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <source>Scan or search</source>
        <translation>Scan or search</translation>
    </message>
</context>
<context>
    <name>ScannerTestButton</name>
    <message>
        <source>Scanner test…</source>
        <translation>Scanner test…</translation>
    </message>
    <message>
        <source>One test scan measures this desk&apos;s scanner, so its codes are never taken for typing (or typing for a scan).</source>
        <translation>One test scan measures this desk&apos;s scanner, so its codes are never taken for typing (or typing for a scan).</translation>
    </message>
</context>
<context>
    <name>ScannerTestDialog</name>
    <message>
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <source>Scan any code with this desk&apos;s scanner now (an employee card&apos;s barcode or QR code). Do not type: the test measures how fast the scanner types and how it ends a code.</source>
        <translation>Scan any code with this desk&apos;s scanner now (an employee card&apos;s barcode or QR code). Do not type: the test measures how fast the scanner types and how it ends a code.</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>Scan here</translation>
    </message>
    <message>
        <source>Save for this desk</source>
        <translation>Save for this desk</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <source>Back to the defaults</source>
        <translation>Back to the defaults</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Now: keys up to {gap} ms apart are one scan (set by a test scan).</source>
        <translation>Now: keys up to {gap} ms apart are one scan (set by a test scan).</translation>
    </message>
    <message>
        <source>Now: keys up to {gap} ms apart are one scan (the default, for scanners of 0–30 ms a key).</source>
        <translation>Now: keys up to {gap} ms apart are one scan (the default, for scanners of 0–30 ms a key).</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Only {chars} characters: scan a code of at least 8.</source>
        <translation>Only {chars} characters: scan a code of at least 8.</translation>
    </message>
    <message>
        <source>Up to {largest} ms between keys: that is a person&apos;s pace, not a scanner&apos;s. Nothing to store; scan again.</source>
        <translation>Up to {largest} ms between keys: that is a person&apos;s pace, not a scanner&apos;s. Nothing to store; scan again.</translation>
    </message>
    <message>
        <source>Read: {code}.</source>
        <translation>Read: {code}.</translation>
    </message>
    <message>
        <source>No NIP or NIK in it, but the timing counts.</source>
        <translation>No NIP or NIK in it, but the timing counts.</translation>
    </message>
    <message>
        <source>A code without Enter or Tab ends {silence} ms after its last key.</source>
        <translation>A code without Enter or Tab ends {silence} ms after its last key.</translation>
    </message>
    <message>
        <source>{chars} characters, {typical} ms between keys (at most {largest} ms), ending with {ends}.</source>
        <translation>{chars} characters, {typical} ms between keys (at most {largest} ms), ending with {ends}.</translation>
    </message>
    <message>
        <source>Saved, this desk takes keys up to {gap} ms apart as one scan.</source>
        <translation>Saved, this desk takes keys up to {gap} ms apart as one scan.</translation>
    </message>
    <message>
        <source>Stored for this desk.</source>
        <translation>Stored for this desk.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Letterhead (kop surat) of the printed lists</source>
        <translation>Letterhead (kop surat) of the printed lists</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Default approving official (mengetahui)</source>
        <translation>Default approving official (mengetahui)</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>Admin PIN (needed to void a check-in, and to close or reopen an event)</source>
        <translation>Admin PIN (needed to void a check-in, and to close or reopen an event)</translation>
    </message>
    <message>
        <source>City for &quot;place, date&quot;</source>
        <translation>City for &quot;place, date&quot;</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>4–12 digits; leave empty to keep</source>
        <translation>4–12 digits; leave empty to keep</translation>
    </message>
    <message>
        <source>A PIN is set. To change it, type the current PIN first.</source>
        <translation>A PIN is set. To change it, type the current PIN first.</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can void a check-in or close an event.</source>
        <translation>No PIN is set yet: anyone can void a check-in or close an event.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The current PIN is not right; the PIN was not changed.</source>
        <translation>The current PIN is not right; the PIN was not changed.</translation>
    </message>
    <message>
        <source>The two new PINs differ; type them again.</source>
        <translation>The two new PINs differ; type them again.</translation>
    </message>
    <message>
        <source>The PIN must have 4 to 12 digits.</source>
        <translation>The PIN must have 4 to 12 digits.</translation>
    </message>
    <message>
        <source>The approving official&apos;s NIP: {reason}</source>
        <translation>The approving official&apos;s NIP: {reason}</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>The settings were not saved</translation>
    </message>
    <message>
        <source>One line each: the government, the unit&apos;s name (printed bold), the address. Until a letterhead is set, every document carries a red KOP BELUM DIATUR mark.</source>
        <translation>One line each: the government, the unit&apos;s name (printed bold), the address. Until a letterhead is set, every document carries a red KOP BELUM DIATUR mark.</translation>
    </message>
    <message>
        <source>First-start setup…</source>
        <translation>First-start setup…</translation>
    </message>
    <message>
        <source>The setup asked on the first start, page by page, with the letterhead drawn as it will print</source>
        <translation>The setup asked on the first start, page by page, with the letterhead drawn as it will print</translation>
    </message>
    <message>
        <source>Pemda in the pact text</source>
        <translation>Pemda in the pact text</translation>
    </message>
    <message>
        <source>Printed in the points of every pact page: &quot;… Pegawai ASN di lingkungan Pemerintah Kabupaten Maju …&quot;. A new event&apos;s pact text starts with it (the event&apos;s owner may change it there). Empty: taken from the letterhead&apos;s first line.</source>
        <translation>Printed in the points of every pact page: &quot;… Pegawai ASN di lingkungan Pemerintah Kabupaten Maju …&quot;. A new event&apos;s pact text starts with it (the event&apos;s owner may change it there). Empty: taken from the letterhead&apos;s first line.</translation>
    </message>
    <message>
        <source>from the letterhead: {pemda}</source>
        <translation>from the letterhead: {pemda}</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Maju</source>
        <translation>e.g. Pemerintah Kabupaten Maju</translation>
    </message>
    <message>
        <source>From the next start Ikrar opens the server {server}: close Ikrar and open it again.</source>
        <translation>From the next start Ikrar opens the server {server}: close Ikrar and open it again.</translation>
    </message>
    <message>
        <source>From the next start Ikrar opens the file on this computer: close Ikrar and open it again.</source>
        <translation>From the next start Ikrar opens the file on this computer: close Ikrar and open it again.</translation>
    </message>
    <message>
        <source>Database chosen</source>
        <translation>Database chosen</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Ikrar: first start</source>
        <translation>Ikrar: first start</translation>
    </message>
    <message>
        <source>Ikrar: setup</source>
        <translation>Ikrar: setup</translation>
    </message>
    <message>
        <source>1. This desk</source>
        <translation>1. This desk</translation>
    </message>
    <message>
        <source>2. Letterhead</source>
        <translation>2. Letterhead</translation>
    </message>
    <message>
        <source>3. City and official</source>
        <translation>3. City and official</translation>
    </message>
    <message>
        <source>4. Admin PIN</source>
        <translation>4. Admin PIN</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>The settings were not saved</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Already signed</translation>
    </message>
    <message>
        <source>Event closed</source>
        <translation>Event closed</translation>
    </message>
    <message>
        <source>Clear (F6)</source>
        <translation>Clear (F6)</translation>
    </message>
    <message>
        <source>Cannot sign… (F7)</source>
        <translation>Cannot sign… (F7)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Next person (Enter)</source>
        <translation>Next person (Enter)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
</context>
<context>
    <name>SignerWindow</name>
    <message>
        <source>Ikrar — signature</source>
        <translation>Ikrar — signature</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translation>Clear and sign again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Please wait: the desk will call you.</source>
        <translation>Please wait: the desk will call you.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Already signed</translation>
    </message>
    <message>
        <source>Thank you, {name}. Your signature is saved.</source>
        <translation>Thank you, {name}. Your signature is saved.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Registration desk for the apel and the signing of the pakta integritas netralitas ASN</source>
        <translation>Registration desk for the apel and the signing of the pakta integritas netralitas ASN</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Open the desk (Enter)</source>
        <translation>Open the desk (Enter)</translation>
    </message>
    <message>
        <source>Attendance list (Ctrl+L)</source>
        <translation>Attendance list (Ctrl+L)</translation>
    </message>
    <message>
        <source>Print and reports (Ctrl+R)</source>
        <translation>Print and reports (Ctrl+R)</translation>
    </message>
    <message>
        <source>Edit event… (Ctrl+E)</source>
        <translation>Edit event… (Ctrl+E)</translation>
    </message>
    <message>
        <source>New event… (Ctrl+N)</source>
        <translation>New event… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>Getting ready</translation>
    </message>
    <message>
        <source>Import employee list… (Ctrl+I)</source>
        <translation>Import employee list… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Letterhead, paper, approving official, this desk&apos;s name, language and the admin PIN.</source>
        <translation>Letterhead, paper, approving official, this desk&apos;s name, language and the admin PIN.</translation>
    </message>
    <message>
        <source>Settings… (Ctrl+,)</source>
        <translation>Settings… (Ctrl+,)</translation>
    </message>
    <message>
        <source>Combine the check-ins of several desks: export this desk&apos;s file or import the files of other desks.</source>
        <translation>Combine the check-ins of several desks: export this desk&apos;s file or import the files of other desks.</translation>
    </message>
    <message>
        <source>Sync files (Ctrl+S)</source>
        <translation>Sync files (Ctrl+S)</translation>
    </message>
    <message>
        <source>Keys: ↑/↓ choose an event · Enter opens its desk · Tab moves between buttons · F5 refreshes the counts</source>
        <translation>Keys: ↑/↓ choose an event · Enter opens its desk · Tab moves between buttons · F5 refreshes the counts</translation>
    </message>
    <message>
        <source>The events could not be read</source>
        <translation>The events could not be read</translation>
    </message>
    <message>
        <source>Reopen event… ({key})</source>
        <translation>Reopen event… ({key})</translation>
    </message>
    <message>
        <source>Close event… ({key})</source>
        <translation>Close event… ({key})</translation>
    </message>
    <message>
        <source>No event yet.
Create the first one with “New event… (Ctrl+N)”.</source>
        <translation>No event yet.
Create the first one with “New event… (Ctrl+N)”.</translation>
    </message>
    <message>
        <source>No event yet.
Start by importing the employee list (Ctrl+I), then create an event (Ctrl+N).</source>
        <translation>No event yet.
Start by importing the employee list (Ctrl+I), then create an event (Ctrl+N).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Employee list:&lt;/b&gt; {people} active people in {units} units.</source>
        <translation>&lt;b&gt;Employee list:&lt;/b&gt; {people} active people in {units} units.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; no employees yet. Import the list exported from SIASN or SIMPEG (CSV or XLSX).</source>
        <translation>&lt;b&gt;Start here:&lt;/b&gt; no employees yet. Import the list exported from SIASN or SIMPEG (CSV or XLSX).</translation>
    </message>
    <message>
        <source>This desk: {desk}</source>
        <translation>This desk: {desk}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>The language was not saved</source>
        <translation>The language was not saved</translation>
    </message>
    <message>
        <source>Apel</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
    <message>
        <source>Pact signing</source>
        <translation>Pact signing</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(closed)</translation>
    </message>
    <message>
        <source>Database server: {server}</source>
        <translation>Database server: {server}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Present (late)</source>
        <translation>Present (late)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>S — Sick</source>
        <translation>S — Sick</translation>
    </message>
    <message>
        <source>I — Permission (izin)</source>
        <translation>I — Permission (izin)</translation>
    </message>
    <message>
        <source>C — Leave (cuti)</source>
        <translation>C — Leave (cuti)</translation>
    </message>
    <message>
        <source>DL — Official duty elsewhere</source>
        <translation>DL — Official duty elsewhere</translation>
    </message>
    <message>
        <source>TK — No explanation</source>
        <translation>TK — No explanation</translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation>No record yet</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>← Back (Esc)</source>
        <translation>← Back (Esc)</translation>
    </message>
    <message>
        <source>Sync and coverage</source>
        <translation>Sync and coverage</translation>
    </message>
    <message>
        <source>Export from this desk</source>
        <translation>Export from this desk</translation>
    </message>
    <message>
        <source>Import files from other desks</source>
        <translation>Import files from other desks</translation>
    </message>
    <message>
        <source>Merge results</source>
        <translation>Merge results</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>A folder or a USB stick</source>
        <translation>A folder or a USB stick</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase (for e-mail)</source>
        <translation>Encrypt with a passphrase (for e-mail)</translation>
    </message>
    <message>
        <source>Passphrase (8+ characters)</source>
        <translation>Passphrase (8+ characters)</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Export sync file</source>
        <translation>Export sync file</translation>
    </message>
    <message>
        <source>Export event package</source>
        <translation>Export event package</translation>
    </message>
    <message>
        <source>Merge sync files…</source>
        <translation>Merge sync files…</translation>
    </message>
    <message>
        <source>Import event package…</source>
        <translation>Import event package…</translation>
    </message>
    <message>
        <source>Every file is checked first (signature and checksums); a changed file is refused whole and changes nothing. Merging a file twice changes nothing.</source>
        <translation>Every file is checked first (signature and checksums); a changed file is refused whole and changes nothing. Merging a file twice changes nothing.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Already known</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ikrar files (*.ikrar)</source>
        <translation>Ikrar files (*.ikrar)</translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation>Encrypted file</translation>
    </message>
    <message>
        <source>Passphrase of {name}:</source>
        <translation>Passphrase of {name}:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <source>Admin PIN:</source>
        <translation>Admin PIN:</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Merge sync files</source>
        <translation>Merge sync files</translation>
    </message>
    <message>
        <source>Merging {n} files…</source>
        <translation>Merging {n} files…</translation>
    </message>
    <message>
        <source>Import event package</source>
        <translation>Import event package</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>{ok} merged, {refused} refused.</source>
        <translation>{ok} merged, {refused} refused.</translation>
    </message>
    <message>
        <source>new signatures: {n}</source>
        <translation>new signatures: {n}</translation>
    </message>
    <message>
        <source>voids: {n}</source>
        <translation>voids: {n}</translation>
    </message>
    <message>
        <source>new people: {n}</source>
        <translation>new people: {n}</translation>
    </message>
    <message>
        <source>new events: {n}</source>
        <translation>new events: {n}</translation>
    </message>
    <message>
        <source>updated: {what}</source>
        <translation>updated: {what}</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>Duplicate: {name} ({code}) counts at {desk} {at}</source>
        <translation>Duplicate: {name} ({code}) counts at {desk} {at}</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>&lt;b&gt;File opened:&lt;/b&gt; {name}. Nothing is merged until you click below.</source>
        <translation>&lt;b&gt;File opened:&lt;/b&gt; {name}. Nothing is merged until you click below.</translation>
    </message>
    <message>
        <source>Check and merge this file</source>
        <translation>Check and merge this file</translation>
    </message>
    <message>
        <source>Export bundle (hub)</source>
        <translation>Export bundle (hub)</translation>
    </message>
    <message>
        <source>Reject the desk of the selected file…</source>
        <translation>Reject the desk of the selected file…</translation>
    </message>
    <message>
        <source>NEW DESK {name}, fingerprint {fp}</source>
        <translation>NEW DESK {name}, fingerprint {fp}</translation>
    </message>
    <message>
        <source>CONFLICT {kind} {id}: same UUID, other content (a copied key?)</source>
        <translation>CONFLICT {kind} {id}: same UUID, other content (a copied key?)</translation>
    </message>
    <message>
        <source>hub {name}: {n} decisions not counted until you trust it</source>
        <translation>hub {name}: {n} decisions not counted until you trust it</translation>
    </message>
    <message>
        <source>Reject a desk</source>
        <translation>Reject a desk</translation>
    </message>
    <message>
        <source>Why are the records of desk &apos;{desk}&apos; not to count?</source>
        <translation>Why are the records of desk &apos;{desk}&apos; not to count?</translation>
    </message>
    <message>
        <source>Desk &apos;{desk}&apos; rejected: its records no longer count.</source>
        <translation>Desk &apos;{desk}&apos; rejected: its records no longer count.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Campaign deadline</source>
        <translation>Campaign deadline</translation>
    </message>
    <message>
        <source>this very file was merged before ({when}): nothing new</source>
        <translation>this very file was merged before ({when}): nothing new</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Only the units ticked below</source>
        <translation>Only the units ticked below</translation>
    </message>
    <message>
        <source>Filter units, e.g. dinas kes</source>
        <translation>Filter units, e.g. dinas kes</translation>
    </message>
    <message>
        <source>Tick the units shown</source>
        <translation>Tick the units shown</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>{unit} ({count} people)</source>
        <translation>{unit} ({count} people)</translation>
    </message>
    <message>
        <source>All {units} units are expected: {people} people.</source>
        <translation>All {units} units are expected: {people} people.</translation>
    </message>
    <message>
        <source>{checked} of {units} units ticked: {people} people expected.</source>
        <translation>{checked} of {units} units ticked: {people} people expected.</translation>
    </message>
</context>
<context>
    <name>UnitsToSaveDialog</name>
    <message>
        <source>Units in the saved list</source>
        <translation>Units in the saved list</translation>
    </message>
    <message>
        <source>The list covers {units} units: {people} employees.</source>
        <translation>The list covers {units} units: {people} employees.</translation>
    </message>
    <message>
        <source>Tick at least one unit, or choose &apos;All units&apos;.</source>
        <translation>Tick at least one unit, or choose &apos;All units&apos;.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void a check-in</source>
        <translation>Void a check-in</translation>
    </message>
    <message>
        <source>A voided check-in is kept with its reason and synced; it no longer counts.</source>
        <translation>A voided check-in is kept with its reason and synced; it no longer counts.</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Check-in:</translation>
    </message>
    <message>
        <source>e.g. wrong person chosen</source>
        <translation>e.g. wrong person chosen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Admin PIN:</source>
        <translation>Admin PIN:</translation>
    </message>
    <message>
        <source>No admin PIN is set (Settings): anyone at this desk can void.</source>
        <translation>No admin PIN is set (Settings): anyone at this desk can void.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <source>Wrong admin PIN.</source>
        <translation>Wrong admin PIN.</translation>
    </message>
    <message>
        <source>Void the check-in</source>
        <translation>Void the check-in</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Register a walk-in</translation>
    </message>
    <message>
        <source>For someone who is here but not on the employee list. The person is recorded as present; they can sign at the desk afterwards.</source>
        <translation>For someone who is here but not on the employee list. The person is recorded as present; they can sign at the desk afterwards.</translation>
    </message>
    <message>
        <source>NIP or NIK</source>
        <translation>NIP or NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>(no unit / other)</source>
        <translation>(no unit / other)</translation>
    </message>
    <message>
        <source>as on the ID card, with titles if any</source>
        <translation>as on the ID card, with titles if any</translation>
    </message>
    <message>
        <source>Register as present</source>
        <translation>Register as present</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>On the employee list: {name} ({unit}). Saving records this person.</source>
        <translation>On the employee list: {name} ({unit}). Saving records this person.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Write the person&apos;s name.</translation>
    </message>
    <message>
        <source>The walk-in was not saved</source>
        <translation>The walk-in was not saved</translation>
    </message>
    <message>
        <source>For someone who is here but not on the employee list. The person is recorded as present, then signs on the pad.</source>
        <translation>For someone who is here but not on the employee list. The person is recorded as present, then signs on the pad.</translation>
    </message>
    <message>
        <source>Register, then sign</source>
        <translation>Register, then sign</translation>
    </message>
</context>
</TS>
