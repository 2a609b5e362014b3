<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
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
</TS>
