<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionTexts</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) saved to %1.</source>
        <translation>
            <numerusform>%n certificate saved to %1.</numerusform>
            <numerusform>%n certificates saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This issues %n new certificate(s): their numbers are given now and stay in the register. Continue?</source>
        <translation>
            <numerusform>This issues %n new certificate: its number is given now and stays in the register. Continue?</numerusform>
            <numerusform>This issues %n new certificates: their numbers are given now and stay in the register. Continue?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddByFilterDialog</name>
    <message numerus="yes">
        <source>%n person(s) match</source>
        <translation>
            <numerusform>%n person match</numerusform>
            <numerusform>%n people match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Add %n person</numerusform>
            <numerusform>Add %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddToEventDialog</name>
    <message numerus="yes">
        <source>%Ln staff member(s) of the training needs in %1 will be registered as participants.</source>
        <translation>
            <numerusform>%Ln staff member of the training needs in %1 will be registered as a participant.</numerusform>
            <numerusform>%Ln staff members of the training needs in %1 will be registered as participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln staff member(s)</source>
        <translation>
            <numerusform>%Ln staff member</numerusform>
            <numerusform>%Ln staff members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excused</numerusform>
            <numerusform>%n excused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sick</source>
        <translation>
            <numerusform>%n sick</numerusform>
            <numerusform>%n sick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <translation>
            <numerusform>%n not recorded</numerusform>
            <numerusform>%n not recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n change written to %1.</numerusform>
            <numerusform>%n changes written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message numerus="yes">
        <source>The last backup to a USB stick was %n day(s) ago.</source>
        <translation>
            <numerusform>The last backup to a USB stick was %n day ago.</numerusform>
            <numerusform>The last backup to a USB stick was %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityQuestion</name>
    <message numerus="yes">
        <source>Restoring %n registration(s) puts the event %1 over its capacity of %2. Restore them anyway?</source>
        <translation>
            <numerusform>Restoring %n registration puts the event %1 over its capacity of %2. Restore them anyway?</numerusform>
            <numerusform>Restoring %n registrations puts the event %1 over its capacity of %2. Restore them anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n person(s) puts the event %1 over its capacity of %2. Add them anyway?</source>
        <translation>
            <numerusform>Adding %n person puts the event %1 over its capacity of %2. Add them anyway?</numerusform>
            <numerusform>Adding %n people puts the event %1 over its capacity of %2. Add them anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateTexts</name>
    <message numerus="yes">
        <source>%n certificate(s) issued, written to %1.</source>
        <translation>
            <numerusform>%n certificate issued, written to %1.</numerusform>
            <numerusform>%n certificates issued, written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n certificate written to %1.</numerusform>
            <numerusform>%n certificates written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them issued before, with the same number and date.</source>
        <translation>
            <numerusform>%n of them was issued before, with the same number and date.</numerusform>
            <numerusform>%n of them were issued before, with the same number and date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message numerus="yes">
        <source>%n person(s) chosen for a certificate</source>
        <translation>
            <numerusform>%n person chosen for a certificate</numerusform>
            <numerusform>%n persons chosen for a certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the rule (in red; tick to include them, with a reason)</source>
        <translation>
            <numerusform>%n left out by the rule (in red; tick to include them, with a reason)</numerusform>
            <numerusform>%n left out by the rule (in red; tick to include them, with a reason)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message numerus="yes">
        <source>%n of %1 checked in</source>
        <translation>
            <numerusform>%n of %1 checked in</numerusform>
            <numerusform>%n of %1 checked in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTexts</name>
    <message numerus="yes">
        <source>The event has %n session(s); choose --session from 1 to %n.</source>
        <translation>
            <numerusform>The event has %n session; choose --session from 1 to %n.</numerusform>
            <numerusform>The event has %n sessions; choose --session from 1 to %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name tag(s) written to %1.</source>
        <translation>
            <numerusform>%n name tag written to %1.</numerusform>
            <numerusform>%n name tags written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetencyPage</name>
    <message numerus="yes">
        <source>%Ln staff member(s)</source>
        <translation>
            <numerusform>%Ln staff member</numerusform>
            <numerusform>%Ln staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln staff member(s) in %1</source>
        <translation>
            <numerusform>%Ln staff member in %1</numerusform>
            <numerusform>%Ln staff members in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventActionTexts</name>
    <message numerus="yes">
        <source>Delete “%1”? Its schedule and %n registration(s) are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>Delete “%1”? Its schedule and %n registration are deleted with it. This cannot be undone.</numerusform>
            <numerusform>Delete “%1”? Its schedule and %n registrations are deleted with it. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsDueDialog</name>
    <message numerus="yes">
        <source>%n event(s) due.</source>
        <translation>
            <numerusform>%n event due.</numerusform>
            <numerusform>%n events due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message numerus="yes">
        <source>%1 of %n participant(s) followed up.</source>
        <translation>
            <numerusform>%1 of %n participant followed up.</numerusform>
            <numerusform>%1 of %n participants followed up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean rating %1 of 5, from %n rating(s).</source>
        <translation>
            <numerusform>Mean rating %1 of 5, from %n rating.</numerusform>
            <numerusform>Mean rating %1 of 5, from %n ratings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsPanel</name>
    <message numerus="yes">
        <source>%n answered form(s)</source>
        <translation>
            <numerusform>%n answered form</numerusform>
            <numerusform>%n answered forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved to %1.</source>
        <translation>
            <numerusform>%n page saved to %1.</numerusform>
            <numerusform>%n pages saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left in the year.</source>
        <translation>
            <numerusform>%n day left in the year.</numerusform>
            <numerusform>%n days left in the year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n qualifying without a certificate</source>
        <translation>
            <numerusform>%n qualifying without a certificate</numerusform>
            <numerusform>%n qualifying without a certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more answer(s) wanted</source>
        <translation>
            <numerusform>%n more answer wanted</numerusform>
            <numerusform>%n more answers wanted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) would replace values with less (fewer titles, an empty or shorter value): tick those to apply them too.</source>
        <translation>
            <numerusform>%n row would replace values with less (fewer titles, an empty or shorter value): tick it to apply it too.</numerusform>
            <numerusform>%n rows would replace values with less (fewer titles, an empty or shorter value): tick those to apply them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not people (numbering, signature) and are skipped.</source>
        <translation>
            <numerusform>%n row is not a person (numbering, signature) and is skipped.</numerusform>
            <numerusform>%n rows are not people (numbering, signature) and are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that would replace values with less were left out; the records keep their values.</source>
        <translation>
            <numerusform>%n row that would replace values with less was left out; the records keep their values.</numerusform>
            <numerusform>%n rows that would replace values with less were left out; the records keep their values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) saved to %1.</source>
        <translation>
            <numerusform>%n rejected row saved to %1.</numerusform>
            <numerusform>%n rejected rows saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterTexts</name>
    <message numerus="yes">
        <source>%n letter(s) in the register written to %1.</source>
        <translation>
            <numerusform>%n letter in the register written to %1.</numerusform>
            <numerusform>%n letters in the register written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkingHistory</name>
    <message numerus="yes">
        <source>Clear %n mark(s)</source>
        <translation>
            <numerusform>Clear %n mark</numerusform>
            <numerusform>Clear %n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cell(s) as %1</source>
        <translation>
            <numerusform>Mark %n cell as %1</numerusform>
            <numerusform>Mark %n cells as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message numerus="yes">
        <source>%n member(s) of staff sent.</source>
        <translation>
            <numerusform>%n member of staff sent.</numerusform>
            <numerusform>%n members of staff sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>%n row written.</numerusform>
            <numerusform>%n rows written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message numerus="yes">
        <source>%n participant(s), no limit</source>
        <translation>
            <numerusform>%n participant, no limit</numerusform>
            <numerusform>%n participants, no limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) of %1</source>
        <comment>%1 is the places, e.g. 30 places</comment>
        <translation>
            <numerusform>%n participant of %1</numerusform>
            <numerusform>%n participants of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added as %1.</source>
        <translation>
            <numerusform>%n person added as %1.</numerusform>
            <numerusform>%n people added as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) cancelled.</source>
        <translation>
            <numerusform>%n registration cancelled.</numerusform>
            <numerusform>%n registrations cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) restored.</source>
        <translation>
            <numerusform>%n registration restored.</numerusform>
            <numerusform>%n registrations restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registration(s)? Do this only for a registration made by mistake; otherwise cancel it, so the record stays.</source>
        <translation>
            <numerusform>Remove %n registration? Do this only for a registration made by mistake; otherwise cancel it, so the record stays.</numerusform>
            <numerusform>Remove %n registrations? Do this only for a registration made by mistake; otherwise cancel it, so the record stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) removed.</source>
        <translation>
            <numerusform>%n registration removed.</numerusform>
            <numerusform>%n registrations removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonHistoryPanel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickPeopleDialog</name>
    <message numerus="yes">
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Add %n person</numerusform>
            <numerusform>Add %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n certificate written to %1.</numerusform>
            <numerusform>%n certificates written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseEntryDialog</name>
    <message numerus="yes">
        <source>%n required question(s) are blank on this form. Save it as it was filled in?</source>
        <translation>
            <numerusform>%n required question is blank on this form. Save it as it was filled in?</numerusform>
            <numerusform>%n required questions are blank on this form. Save it as it was filled in?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) entered</source>
        <translation>
            <numerusform>%n form entered</numerusform>
            <numerusform>%n forms entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) of this file were already imported (from this file or an earlier download of it) and are skipped.</source>
        <translation>
            <numerusform>%n row of this file was already imported (from this file or an earlier download of it) and is skipped.</numerusform>
            <numerusform>%n rows of this file were already imported (from this file or an earlier download of it) and are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fit</source>
        <translation>
            <numerusform>%n row fit</numerusform>
            <numerusform>%n rows fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous (naming no participant of this event).</source>
        <translation>
            <numerusform>%n anonymous (naming no participant of this event).</numerusform>
            <numerusform>%n anonymous (naming no participant of this event).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported before.</source>
        <translation>
            <numerusform>%n already imported before.</numerusform>
            <numerusform>%n already imported before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) imported</source>
        <translation>
            <numerusform>%n response imported</numerusform>
            <numerusform>%n responses imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n anonymous);</source>
        <translation>
            <numerusform>(%n anonymous);</numerusform>
            <numerusform>(%n anonymous);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already imported before were skipped.</source>
        <translation>
            <numerusform>%n row already imported before was skipped.</numerusform>
            <numerusform>%n rows already imported before were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponsesPanel</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n anonymous</numerusform>
            <numerusform>%n anonymous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n response(s) and their answers?</source>
        <translation>
            <numerusform>Delete %n response and their answers?</numerusform>
            <numerusform>Delete %n responses and their answers?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) to the organisation form</source>
        <translation>
            <numerusform>%n respondent to the organisation form</numerusform>
            <numerusform>%n respondents to the organisation form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n response(s)</source>
        <translation>
            <numerusform>%1: %n response</numerusform>
            <numerusform>%1: %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre/post tests: %n participant(s) with both scores</source>
        <translation>
            <numerusform>Pre/post tests: %n participant with both scores</numerusform>
            <numerusform>Pre/post tests: %n participants with both scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up: %n record(s)</source>
        <translation>
            <numerusform>Follow-up: %n record</numerusform>
            <numerusform>Follow-up: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved to %1.</source>
        <translation>
            <numerusform>%n page saved to %1.</numerusform>
            <numerusform>%n pages saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message numerus="yes">
        <source>Average gain: %1 (%2), over %n participant(s) with both scores.</source>
        <translation>
            <numerusform>Average gain: %1 (%2), over %n participant with both scores.</numerusform>
            <numerusform>Average gain: %1 (%2), over %n participants with both scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a pre-test of 100 left out (no gain to measure).</source>
        <translation>
            <numerusform>%n with a pre-test of 100 left out (no gain to measure).</numerusform>
            <numerusform>%n with a pre-test of 100 left out (no gain to measure).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) without both scores yet.</source>
        <translation>
            <numerusform>%n participant without both scores yet.</numerusform>
            <numerusform>%n participants without both scores yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) already stored will be replaced.</source>
        <translation>
            <numerusform>%n score already stored will be replaced.</numerusform>
            <numerusform>%n scores already stored will be replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n score(s) stored.</source>
        <translation>
            <numerusform>Imported: %n score stored.</numerusform>
            <numerusform>Imported: %n scores stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendStaffDialog</name>
    <message numerus="yes">
        <source>%n already sent.</source>
        <translation>
            <numerusform>%n already sent.</numerusform>
            <numerusform>%n already sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceStatsDialog</name>
    <message numerus="yes">
        <source>%n figure(s) already stored will be replaced.</source>
        <translation>
            <numerusform>%n figure already stored will be replaced.</numerusform>
            <numerusform>%n figures already stored will be replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n figure(s) stored.</source>
        <translation>
            <numerusform>Imported: %n figure stored.</numerusform>
            <numerusform>Imported: %n figures stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message numerus="yes">
        <source>%1 signed %n certificate(s). Printed again, they will show the name, position and signature as you change them here. For a new head of office, add a new signatory and deactivate this one instead. Save the change anyway?</source>
        <translation>
            <numerusform>%1 signed %n certificate. Printed again, they will show the name, position and signature as you change them here. For a new head of office, add a new signatory and deactivate this one instead. Save the change anyway?</numerusform>
            <numerusform>%1 signed %n certificates. Printed again, they will show the name, position and signature as you change them here. For a new head of office, add a new signatory and deactivate this one instead. Save the change anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakerRatingsDialog</name>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated event(s)</source>
        <translation>
            <numerusform>%n rated event</numerusform>
            <numerusform>%n rated events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n person(s) inactive? They stay in the records and can be reactivated later.</source>
        <translation>
            <numerusform>Mark %n person inactive? They stay in the records and can be reactivated later.</numerusform>
            <numerusform>Mark %n people inactive? They stay in the records and can be reactivated later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) written to %1.</source>
        <translation>
            <numerusform>%n person written to %1.</numerusform>
            <numerusform>%n people written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message numerus="yes">
        <source>%n answered form(s) were given on this template. Changes to its questions are saved as a new version; the answers stay with this one.</source>
        <translation>
            <numerusform>%n answered form were given on this template. Changes to its questions are saved as a new version; the answers stay with this one.</numerusform>
            <numerusform>%n answered forms were given on this template. Changes to its questions are saved as a new version; the answers stay with this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message numerus="yes">
        <source>%n answered form(s)</source>
        <translation>
            <numerusform>%n answered form</numerusform>
            <numerusform>%n answered forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message numerus="yes">
        <source>Used by %n event(s)</source>
        <translation>
            <numerusform>Used by %n event</numerusform>
            <numerusform>Used by %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message numerus="yes">
        <source>%1: %n row(s), verified</source>
        <translation>
            <numerusform>%1: %n row, verified</numerusform>
            <numerusform>%1: %n rows, verified</numerusform>
        </translation>
    </message>
</context>
</TS>
