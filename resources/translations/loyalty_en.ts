<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditViewer</name>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct them, or add --valid-only to import the other rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has errors. Correct them, or add --valid-only to import the other rows.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors. Correct them, or add --valid-only to import the other rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <translation>
            <numerusform>%1: %Ln point</numerusform>
            <numerusform>%1: %Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 earned %Ln point(s); balance %2.</source>
        <translation>
            <numerusform>%1 earned %Ln point; balance %2.</numerusform>
            <numerusform>%1 earned %Ln points; balance %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %Ln point(s) to pay with them.</source>
        <translation>
            <numerusform>%1 needs at least %Ln point to pay with them.</numerusform>
            <numerusform>%1 needs at least %Ln points to pay with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) paid %1.</source>
        <translation>
            <numerusform>%Ln point paid %1.</numerusform>
            <numerusform>%Ln points paid %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Encoding: %1 · delimiter: %2 · %n row(s) after the header</source>
        <translation>
            <numerusform>Encoding: %1 · delimiter: %2 · %n row after the header</numerusform>
            <numerusform>Encoding: %1 · delimiter: %2 · %n rows after the header</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <source>%n row(s) of the file have errors, so nothing was imported. Correct them, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>%n row of the file has errors, so nothing was imported. Correct them, or choose to import only the valid rows.</numerusform>
            <numerusform>%n rows of the file have errors, so nothing was imported. Correct them, or choose to import only the valid rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without a key pressed.</source>
        <translation>
            <numerusform>Locked after %n minute without a key pressed.</numerusform>
            <numerusform>Locked after %n minutes without a key pressed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>An amount has at most %n decimal(s).</source>
        <translation>
            <numerusform>An amount has at most %n decimal.</numerusform>
            <numerusform>An amount has at most %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message numerus="yes">
        <source>The member has %Ln point(s), fewer than %1.</source>
        <translation>
            <numerusform>The member has %Ln point, fewer than %1.</numerusform>
            <numerusform>The member has %Ln points, fewer than %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln point(s) can pay for this check.</source>
        <translation>
            <numerusform>At most %Ln point can pay for this check.</numerusform>
            <numerusform>At most %Ln points can pay for this check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln point(s) are usable, fewer than %1.</source>
        <translation>
            <numerusform>Only %Ln point is usable, fewer than %1.</numerusform>
            <numerusform>Only %Ln points are usable, fewer than %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayWithPointsDialog</name>
    <message numerus="yes">
        <source>At most %Ln point(s) on this sale.</source>
        <translation>
            <numerusform>At most %Ln point on this sale.</numerusform>
            <numerusform>At most %Ln points on this sale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message numerus="yes">
        <source>%1: %n free</source>
        <translation>
            <numerusform>%1: %n free</numerusform>
            <numerusform>%1: %n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paid with %n point(s)</source>
        <translation>
            <numerusform>Paid with %n point</numerusform>
            <numerusform>Paid with %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptFormat</name>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <translation>
            <numerusform>Paid with %Ln point</numerusform>
            <numerusform>Paid with %Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) had already been used: the balance is below zero.</source>
        <translation>
            <numerusform>%Ln point had already been used: the balance is below zero.</numerusform>
            <numerusform>%Ln points had already been used: the balance is below zero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1.</source>
        <translation>
            <numerusform>%Ln point expires on %1.</numerusform>
            <numerusform>%Ln points expire on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message numerus="yes">
        <source>%1 needs at least %Ln point(s) to pay with them.</source>
        <translation>
            <numerusform>%1 needs at least %Ln point to pay with them.</numerusform>
            <numerusform>%1 needs at least %Ln points to pay with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The account is locked for %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. The account is locked for %n second.</numerusform>
            <numerusform>Wrong PIN. The account is locked for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before the account locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n more try before the account locks.</numerusform>
            <numerusform>Wrong PIN. %n more tries before the account locks.</numerusform>
        </translation>
    </message>
</context>
</TS>
