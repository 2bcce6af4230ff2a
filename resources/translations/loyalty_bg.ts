<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>Корекция на точки</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has %2 points.</source>
        <translation>Точки на &lt;b&gt;%1&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>50 adds, -50 takes away</source>
        <translation>50 добавя, -50 отнема</translation>
    </message>
    <message>
        <source>e.g. a receipt from the old system, a complaint</source>
        <translation>напр. бележка от старата система, рекламация</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Точки</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Запиши (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отказ (Esc)</translation>
    </message>
    <message>
        <source>Type the points to add (e.g. 50) or take away (e.g. -50).</source>
        <translation>Въведете точките за добавяне (напр. 50) или за отнемане (напр. -50).</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>%1 is not part of a %2&apos;s work. Sign in as someone allowed to do it (F10 switches).</source>
        <translation>„%1“ не е в правата на роля %2. Влезте като служител с нужните права (F10 – смяна).</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Одобрение от управител</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a manager&apos;s PIN.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; изисква PIN на управител.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>PIN на управител</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Управител</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>Одобри (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отказ (Esc)</translation>
    </message>
    <message>
        <source>No manager has an account on this terminal.</source>
        <translation>На този терминал няма акаунт на управител.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>(nobody signed in)</source>
        <translation>(няма влязъл служител)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Одобрено от</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Обект</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Audit line %1 does not follow the line before it: a line was deleted, added or moved.</source>
        <translation>Ред %1 от одитния журнал не следва предходния: ред е изтрит, добавен или преместен.</translation>
    </message>
    <message>
        <source>Audit line %1 was changed after it was written.</source>
        <translation>Ред %1 от одитния журнал е променен след записването му.</translation>
    </message>
    <message>
        <source>The newest audit lines are missing: the trail ends before its last recorded line.</source>
        <translation>Най-новите редове от одитния журнал липсват: журналът свършва преди последния записан ред.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Одитен журнал</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Всички действия</translation>
    </message>
    <message>
        <source>Text in the entry…</source>
        <translation>Текст в записа…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Кой</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>К&amp;акво</translation>
    </message>
    <message>
        <source>The period ends before it starts: change From or To.</source>
        <translation>Периодът свършва, преди да започне: променете „От“ или „До“.</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>За този период няма записи.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>%n запис.</numerusform>
            <numerusform>%n записа.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нищо)</translation>
    </message>
    <message>
        <source>%1 · %2 · terminal %3
Before:
%4
After:
%5</source>
        <translation>%1 · %2 · терминал %3
Преди:
%4
След:
%5</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: дискът е пълен.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be written to.</source>
        <translation>%1: в папката не може да се записва.</translation>
    </message>
    <message>
        <source>%1: the file is damaged.</source>
        <translation>%1: файлът е повреден.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Резервното копие не е създадено</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: папката %2 не съществува.</translation>
    </message>
    <message>
        <source>%1: %2 exists already.</source>
        <translation>%1: %2 вече съществува.</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>Базата данни не може да бъде прочетена</translation>
    </message>
    <message>
        <source>%1: %2 cannot be written to.</source>
        <translation>%1: в %2 не може да се записва.</translation>
    </message>
    <message>
        <source>%1: the copy could not be written to the disk.</source>
        <translation>%1: копието не можа да бъде записано на диска.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Файлът %1 не съществува.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>Файлът %1 не може да бъде прочетен</translation>
    </message>
    <message>
        <source>%1 is not a backup of this app&apos;s database.</source>
        <translation>Файлът %1 не е резервно копие на базата данни на това приложение.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the app (schema %2; this one knows %3).</source>
        <translation>Файлът %1 е създаден от по-нова версия на приложението (схема %2; тази версия познава %3).</translation>
    </message>
    <message>
        <source>%1 cannot be checked</source>
        <translation>Файлът %1 не може да бъде проверен</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>Файлът %1 е повреден.</translation>
    </message>
    <message>
        <source>%1: it was stopped before the end.</source>
        <translation>%1: копирането беше спряно преди края.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Папката за резервни копия %1 не може да бъде създадена.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>Старото резервно копие %1 не може да бъде премахнато.</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to the database.</source>
        <translation>Резервното копие не може да бъде копирано до базата данни.</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to the database: the disk may be full.</source>
        <translation>Резервното копие не може да бъде копирано до базата данни: дискът може да е пълен.</translation>
    </message>
    <message>
        <source>The current database cannot be moved aside.</source>
        <translation>Текущата база данни не може да бъде преместена настрана.</translation>
    </message>
    <message>
        <source>The backup cannot be put in place.</source>
        <translation>Резервното копие не може да бъде поставено на мястото на базата данни.</translation>
    </message>
</context>
<context>
    <name>CheckoutService</name>
    <message>
        <source>The sale was not recorded: the database failed while saving it.</source>
        <translation>Продажбата не е записана: грешка в базата данни при записа.</translation>
    </message>
    <message>
        <source>The member&apos;s spend cannot be read.</source>
        <translation>Похарчената от члена сума не може да бъде прочетена.</translation>
    </message>
    <message>
        <source>%1 bonus points</source>
        <translation>бонус точки: %1</translation>
    </message>
    <message>
        <source>%1% off this sale</source>
        <translation>%1% отстъпка от продажбата</translation>
    </message>
    <message>
        <source>The products cannot be read.</source>
        <translation>Артикулите не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>a free %1</source>
        <translation>%1 безплатно</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation>Продажбата не е записана: %1</translation>
    </message>
    <message>
        <source>The member of this sale no longer exists.</source>
        <translation>Членът от тази продажба вече не съществува.</translation>
    </message>
    <message>
        <source>This member&apos;s data was erased; record the sale as a walk-in.</source>
        <translation>Данните на този член са заличени; запишете продажбата без карта.</translation>
    </message>
    <message>
        <source>Only a member can pay with points: scan the card first.</source>
        <translation>Само член може да плаща с точки: първо сканирайте картата.</translation>
    </message>
    <message>
        <source>Paid receipt %1</source>
        <translation>Плащане по бележка %1</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус за рожден ден</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>Бонус за препоръка</translation>
    </message>
    <message>
        <source>Referral bonus: %1 joined</source>
        <translation>Бонус за препоръка: %1 се присъедини</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct them, or add --valid-only to import the other rows.</source>
        <translation>
            <numerusform>Нищо не е импортирано: %n ред има грешки. Поправете го или добавете --valid-only, за да импортирате останалите редове.</numerusform>
            <numerusform>Нищо не е импортирано: %n реда имат грешки. Поправете ги или добавете --valid-only, за да импортирате останалите редове.</numerusform>
        </translation>
    </message>
    <message>
        <source>loyalty-cli: %1</source>
        <translation>loyalty-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;loyalty-cli --help&quot; for the commands.</source>
        <translation>Изпълнете &quot;loyalty-cli --help&quot; за списък с командите.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db изисква име на файл.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 изисква стойност.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Непозната опция %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Не е зададена команда.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Непозната команда &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This database has no staff accounts: leave out --staff.</source>
        <translation>Тази база данни няма акаунти на персонала: пропуснете --staff.</translation>
    </message>
    <message>
        <source>%1: %2 is a %3 and may not do this; give a manager&apos;s --staff and --pin.</source>
        <translation>%1: %2 е с роля %3 и няма право на това; подайте --staff и --pin на управител.</translation>
    </message>
    <message>
        <source>%1 needs a manager: give --staff NAME --pin PIN.</source>
        <translation>%1 изисква управител: подайте --staff NAME --pin PIN.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 изисква стойност.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Непозната опция --%1.</translation>
    </message>
    <message>
        <source>  card:         %1</source>
        <translation>  карта:           %1</translation>
    </message>
    <message>
        <source>  phone:        %1</source>
        <translation>  телефон:         %1</translation>
    </message>
    <message>
        <source>  points:       %1</source>
        <translation>  точки:           %1</translation>
    </message>
    <message>
        <source>  member since: %1</source>
        <translation>  член от:         %1</translation>
    </message>
    <message>
        <source>  last visit:   %1</source>
        <translation>  посл. посещение: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <source>  visits:       %1, spent %2</source>
        <translation>  посещения:       %1, похарчени %2</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Моят магазин</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Каса 1</translation>
    </message>
    <message>
        <source>Created %1 for terminal &quot;%2&quot; of %3 (%4).</source>
        <translation>Базата данни %1 е създадена за терминал &quot;%2&quot; на %3 (%4).</translation>
    </message>
    <message>
        <source>Demo shop created in %1: %2 members, %3 sales.
Cards to scan: %4
A blocked card: %5</source>
        <translation>Демо магазинът е създаден в %1: членове: %2, продажби: %3.
Карти за сканиране: %4
Блокирана карта: %5</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member find CARD|PHONE, member search TEXT, or member edit, replace-card, merge, erase (see --help)</source>
        <translation>Употреба: loyalty-cli member find CARD|PHONE, member search TEXT или member edit, replace-card, merge, erase (вижте --help)</translation>
    </message>
    <message>
        <source>More members match: type more to narrow the search.</source>
        <translation>Съвпадат много членове: въведете повече, за да стесните търсенето.</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;.</source>
        <translation>Няма член, който да съвпада с &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member number: write it as #42.</source>
        <translation>&quot;%1&quot; не е номер на член: напишете го като #42.</translation>
    </message>
    <message>
        <source>--%1 takes yes or no.</source>
        <translation>--%1 приема yes или no.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member merge KEEP OTHER --yes</source>
        <translation>Употреба: loyalty-cli member merge KEEP OTHER --yes</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member %1 MEMBER ... (see --help)</source>
        <translation>Употреба: loyalty-cli member %1 MEMBER ... (вижте --help)</translation>
    </message>
    <message>
        <source>&quot;member %1&quot; cannot be undone: add --yes to go ahead.</source>
        <translation>&quot;member %1&quot; не може да бъде отменено: добавете --yes, за да продължите.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member adjust MEMBER --points N --reason TEXT (N may be negative)</source>
        <translation>Употреба: loyalty-cli member adjust MEMBER --points N --reason TEXT (N може да е отрицателно)</translation>
    </message>
    <message>
        <source>%1: %2 points; the balance is now %3.</source>
        <translation>%1: %2 т.; балансът вече е %3.</translation>
    </message>
    <message>
        <source>Card %1 is not %2&apos;s card.</source>
        <translation>Картата %1 не е на %2.</translation>
    </message>
    <message>
        <source>%1 has the new card %2; the lost one is blocked. Balance: %3 points.</source>
        <translation>%1 получи новата карта %2; изгубената е блокирана. Баланс: %3 т.</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into %3 (#%4): %5 cards, %6 purchases and %7 points moved; balance %8.</source>
        <translation>%1 (#%2) е обединен с %3 (#%4): прехвърлени карти: %5, покупки: %6, точки: %7; баланс %8.</translation>
    </message>
    <message>
        <source>The personal data of member #%1 was erased; their sales and points stay in the books.</source>
        <translation>Личните данни на член #%1 са заличени; продажбите и точките му остават в отчетността.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli balance --card N</source>
        <translation>Употреба: loyalty-cli balance --card N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line: write it as &quot;Latte:3.20x2&quot;.</source>
        <translation>&quot;%1&quot; не е ред: напишете го като &quot;Latte:3.20x2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>&quot;%1&quot; не е количество.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation>Неочаквано &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli sale [--card N] --amount 12.50 | --line &quot;Latte:3.20x2&quot;...</source>
        <translation>Употреба: loyalty-cli sale [--card N] --amount 12.50 | --line &quot;Latte:3.20x2&quot;...</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2</source>
        <translation>Продажба %1 е записана: %2</translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments.</source>
        <translation>&quot;check&quot; не приема аргументи.</translation>
    </message>
    <message>
        <source>The database is sound: every balance equals its ledger.</source>
        <translation>Базата данни е изправна: всеки баланс съвпада с регистъра си.</translation>
    </message>
    <message>
        <source>Problems found:
  %1</source>
        <translation>Открити проблеми:
  %1</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program [earn --points N --per AMOUNT]</source>
        <translation>Употреба: loyalty-cli program [earn --points N --per AMOUNT]</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program earn --points N --per AMOUNT, e.g. --points 1 --per 1.00</source>
        <translation>Употреба: loyalty-cli program earn --points N --per AMOUNT, напр. --points 1 --per 1.00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points.</source>
        <translation>&quot;%1&quot; не е цял брой точки.</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>закръгляне нагоре</translation>
    </message>
    <message>
        <source>rounded to the nearest</source>
        <translation>закръгляне до най-близкото</translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>закръгляне надолу</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>Earn: %1 points per %2 paid (%5)
Points expire after: %3
Largest sale: %4
Levels: %6
In force since: %7</source>
        <translation>Натрупване: %1 т. за всеки платени %2 (%5)
Точките изтичат след: %3
Максимална продажба: %4
Нива: %6
В сила от: %7</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>%1: %2, columns: %3</source>
        <translation>%1: %2, колони: %3</translation>
    </message>
    <message>
        <source>  line %1: %2: %3</source>
        <translation>  ред %1: %2: %3</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 already present, %5 with errors; %6 opening points.</source>
        <translation>Редове: %1 (нови: %2, обновени: %3, вече налични: %4, с грешки: %5); начални точки: %6.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]...</source>
        <translation>Употреба: loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]...</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, FIELD one of name, first_name, last_name, phone, email, card, birthday, points, notes.</source>
        <translation>--map приема FIELD=COLUMN, където FIELD е едно от name, first_name, last_name, phone, email, card, birthday, points, notes.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli export members --out FILE [--delimiter &apos;;&apos;|&apos;,&apos;|tab]</source>
        <translation>Употреба: loyalty-cli export members --out FILE [--delimiter &apos;;&apos;|&apos;,&apos;|tab]</translation>
    </message>
    <message>
        <source>--delimiter is &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>--delimiter е &apos;;&apos;, &apos;,&apos; или tab.</translation>
    </message>
    <message>
        <source>%1 members written to %2.</source>
        <translation>Записани членове в %2: %1.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli staff list | add --name N --role ROLE --pin P | deactivate --name N</source>
        <translation>Употреба: loyalty-cli staff list | add --name N --role ROLE --pin P | deactivate --name N</translation>
    </message>
    <message>
        <source>%1  %2%3</source>
        <translation>%1  %2%3</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation> (деактивиран)</translation>
    </message>
    <message>
        <source>No staff accounts yet.</source>
        <translation>Все още няма акаунти на персонала.</translation>
    </message>
    <message>
        <source>--name is needed.</source>
        <translation>--name е задължително.</translation>
    </message>
    <message>
        <source>--role is cashier, manager or administrator.</source>
        <translation>--role е cashier, manager или administrator.</translation>
    </message>
    <message>
        <source>%1 can sign in as %2.</source>
        <translation>%1 може да влиза с роля %2.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 вече не може да влиза.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli audit [--from D] [--to D] [--action A] [--limit N]</source>
        <translation>Употреба: loyalty-cli audit [--from D] [--to D] [--action A] [--limit N]</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Датите се пишат във формат YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Периодът свършва, преди да започне.</translation>
    </message>
    <message>
        <source>--limit is a whole number from 1.</source>
        <translation>--limit е цяло число, най-малко 1.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Няма записи.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli backup [--to DIR]</source>
        <translation>Употреба: loyalty-cli backup [--to DIR]</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервното копие е записано в %1.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli backups [--in DIR]</source>
        <translation>Употреба: loyalty-cli backups [--in DIR]</translation>
    </message>
    <message>
        <source>%1  %2  %3%4</source>
        <translation>%1  %2  %3%4</translation>
    </message>
    <message>
        <source>  DAMAGED: %1</source>
        <translation>  ПОВРЕДЕНО: %1</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>Няма резервни копия в %1.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli restore FILE</source>
        <translation>Употреба: loyalty-cli restore FILE</translation>
    </message>
    <message>
        <source>Restored from %1. The database before it is kept as %2.</source>
        <translation>Възстановено от %1. Предишната база данни е запазена като %2.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli refund --receipt N --reason TEXT [--lines LINE:QTY,...]</source>
        <translation>Употреба: loyalty-cli refund --receipt N --reason TEXT [--lines LINE:QTY,...]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LINE:QUANTITY, e.g. 2:1.</source>
        <translation>&quot;%1&quot; не е LINE:QUANTITY, напр. 2:1.</translation>
    </message>
    <message>
        <source>Receipt %1 given back as refund %2: %3; %4 points taken back, %5 points given back.</source>
        <translation>Бележка %1 е върната (връщане %2): %3; отнети точки: %4, възстановени точки: %5.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli receipt --receipt N</source>
        <translation>Употреба: loyalty-cli receipt --receipt N</translation>
    </message>
    <message>
        <source>Use: loyalty-cli expire [--full]</source>
        <translation>Употреба: loyalty-cli expire [--full]</translation>
    </message>
    <message>
        <source>%1 points of %2 members expired.</source>
        <translation>Изтекли точки: %1 (членове: %2).</translation>
    </message>
    <message>
        <source>No points had expired.</source>
        <translation>Няма изтекли точки.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli product list | add --code C --name N --price P [--category C] [--key 1-9]</source>
        <translation>Употреба: loyalty-cli product list | add --code C --name N --price P [--category C] [--key 1-9]</translation>
    </message>
    <message>
        <source>--key is a number from 1 to 9.</source>
        <translation>--key е число от 1 до 9.</translation>
    </message>
    <message>
        <source>%1 added at %2.</source>
        <translation>%1 е добавен с цена %2.</translation>
    </message>
    <message>
        <source>  Alt+%1</source>
        <translation>  Alt+%1</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>Все още няма артикули.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli sync export --out DIR [--all] | import DIR | push|pull|now --pg CONNINFO [--retries N] | status</source>
        <translation>Употреба: loyalty-cli sync export --out DIR [--all] | import DIR | push|pull|now --pg CONNINFO [--retries N] | status</translation>
    </message>
    <message>
        <source>Name the head office: --pg &quot;host=… dbname=… user=… password=…&quot; (or LOYALTY_SYNC_PG).</source>
        <translation>Посочете централата: --pg &quot;host=… dbname=… user=… password=…&quot; (или LOYALTY_SYNC_PG).</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 20.</source>
        <translation>--retries приема число от 0 до 20.</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 Нов опит след %2 с.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <translation>
            <numerusform>%1: %Ln точка</numerusform>
            <numerusform>%1: %Ln точки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 earned %Ln point(s); balance %2.</source>
        <translation>
            <numerusform>%1 натрупа %Ln точка; баланс %2.</numerusform>
            <numerusform>%1 натрупа %Ln точки; баланс %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no options.</source>
        <translation>„%1“ не приема опции.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2.</source>
        <translation>„%1“ приема %2.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 не приема стойност.</translation>
    </message>
    <message>
        <source>a checked copy of the database (docs/backup.md; a manager&apos;s)</source>
        <translation>проверено копие на базата данни (docs/backup.md; за управител)</translation>
    </message>
    <message>
        <source>the folder (default: the backup folder)</source>
        <translation>папката (по подразбиране: папката за резервни копия)</translation>
    </message>
    <message>
        <source>the backups, newest first, each checked</source>
        <translation>резервните копия, най-новите първи, всяко проверено</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current file is kept aside; an administrator&apos;s)</source>
        <translation>заменя базата данни с резервно копие (текущият файл се запазва настрана; за администратор)</translation>
    </message>
    <message>
        <source>yes, go ahead: this cannot be undone</source>
        <translation>да, продължи: това не може да се отмени</translation>
    </message>
    <message>
        <source>change a member: only the fields given, with the enrolment rules</source>
        <translation>променя член: само дадените полета, по правилата за записване</translation>
    </message>
    <message>
        <source>the member&apos;s name</source>
        <translation>името на члена</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>телефонният номер</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>имейл адресът</translation>
    </message>
    <message>
        <source>the birthday: 31.12 or 31.12.1990</source>
        <translation>рожденият ден: 31.12 или 31.12.1990</translation>
    </message>
    <message>
        <source>notes for the counter</source>
        <translation>бележки за касата</translation>
    </message>
    <message>
        <source>a new card number: the old card is blocked</source>
        <translation>номер на нова карта: старата карта се блокира</translation>
    </message>
    <message>
        <source>offers by SMS</source>
        <translation>оферти по SMS</translation>
    </message>
    <message>
        <source>offers by e-mail</source>
        <translation>оферти по имейл</translation>
    </message>
    <message>
        <source>a phone or e-mail another member has too is meant (a family)</source>
        <translation>телефон или имейл, който има и друг член, е нарочно общ (семейство)</translation>
    </message>
    <message>
        <source>block a lost card, issue a new one</source>
        <translation>блокира изгубена карта, издава нова</translation>
    </message>
    <message>
        <source>the lost card, when the member has several</source>
        <translation>изгубената карта, когато членът има няколко</translation>
    </message>
    <message>
        <source>the new card&apos;s number (default: the app issues one)</source>
        <translation>номерът на новата карта (по подразбиране: приложението издава номер)</translation>
    </message>
    <message>
        <source>move OTHER&apos;s cards, sales and points to KEEP (manager)</source>
        <translation>прехвърля картите, продажбите и точките на OTHER към KEEP (управител)</translation>
    </message>
    <message>
        <source>remove a member&apos;s personal data (manager)</source>
        <translation>заличава личните данни на член (управител)</translation>
    </message>
    <message>
        <source>add (or, negative, take away) points by hand (manager)</source>
        <translation>добавя (или, с минус, отнема) точки ръчно (управител)</translation>
    </message>
    <message>
        <source>the points: negative takes away</source>
        <translation>точките: отрицателно число отнема</translation>
    </message>
    <message>
        <source>why, for the audit trail</source>
        <translation>защо, за одитния журнал</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member add --name N [--card C] [--phone P] [--email E] [--birthday D] [--referred-by CARD]</source>
        <translation>Употреба: loyalty-cli member add --name N [--card C] [--phone P] [--email E] [--birthday D] [--referred-by CARD]</translation>
    </message>
    <message>
        <source>%1 is enrolled with card %2; balance %3 points.</source>
        <translation>%1 е записан(а) с карта %2; баланс %3 точки.</translation>
    </message>
    <message>
        <source>show a member</source>
        <translation>показва член</translation>
    </message>
    <message>
        <source>members whose name, e-mail, phone or card match</source>
        <translation>членове, чието име, имейл, телефон или карта съвпада</translation>
    </message>
    <message>
        <source>enroll a member, with the enrolment rules and welcome bonus of the F2 dialog</source>
        <translation>записва член по правилата и с бонуса за добре дошли на прозореца F2</translation>
    </message>
    <message>
        <source>the card&apos;s number (default: the app issues one)</source>
        <translation>номерът на картата (по подразбиране: приложението издава номер)</translation>
    </message>
    <message>
        <source>the card or phone of the member who brought them</source>
        <translation>картата или телефонът на члена, който го е довел</translation>
    </message>
    <message>
        <source>a member&apos;s points balance</source>
        <translation>баланс на точките на член</translation>
    </message>
    <message>
        <source>the card or phone number</source>
        <translation>номерът на картата или телефонът</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>каталогът</translation>
    </message>
    <message>
        <source>a new product in the catalogue (a manager&apos;s)</source>
        <translation>нов продукт в каталога (за управител)</translation>
    </message>
    <message>
        <source>the product&apos;s code or barcode</source>
        <translation>кодът или баркодът на продукта</translation>
    </message>
    <message>
        <source>the product&apos;s name</source>
        <translation>името на продукта</translation>
    </message>
    <message>
        <source>the price, e.g. 3.20</source>
        <translation>цената, напр. 3.20</translation>
    </message>
    <message>
        <source>the category (stamps, earn rules)</source>
        <translation>категорията (печати, правила за натрупване)</translation>
    </message>
    <message>
        <source>the product&apos;s key on the sale page: Alt+1..Alt+9</source>
        <translation>клавишът на продукта на страницата за продажба: Alt+1..Alt+9</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program [earn --points N --per AMOUNT | export --out FILE | import FILE]</source>
        <translation>Употреба: loyalty-cli program [earn --points N --per AMOUNT | export --out FILE | import FILE]</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program export --out FILE.json</source>
        <translation>Употреба: loyalty-cli program export --out FILE.json</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 не може да бъде записан: %2</translation>
    </message>
    <message>
        <source>The program in force is written to %1.</source>
        <translation>Действащата програма е записана в %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не може да бъде прочетен: %2</translation>
    </message>
    <message>
        <source>%1 is not a program: it holds no JSON object.</source>
        <translation>%1 не е програма: не съдържа JSON обект.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program import FILE.json [--note TEXT]</source>
        <translation>Употреба: loyalty-cli program import FILE.json [--note TEXT]</translation>
    </message>
    <message>
        <source>show the loyalty program in force</source>
        <translation>показва действащата програма за лоялност</translation>
    </message>
    <message>
        <source>set the earn rate: N points per AMOUNT paid, from now (a manager&apos;s)</source>
        <translation>задава правилото за натрупване: N точки за платени AMOUNT, от сега (за управител)</translation>
    </message>
    <message>
        <source>the points earned</source>
        <translation>натрупаните точки</translation>
    </message>
    <message>
        <source>for this much paid, e.g. 1.00</source>
        <translation>за толкова платено, напр. 1.00</translation>
    </message>
    <message>
        <source>write the program in force to a JSON file</source>
        <translation>записва действащата програма в JSON файл</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>файлът за запис</translation>
    </message>
    <message>
        <source>a new program version from a JSON file, in force from now, checked as the program dialog checks it (a manager&apos;s)</source>
        <translation>нова версия на програмата от JSON файл, в сила от сега, проверена както в прозореца на програмата (за управител)</translation>
    </message>
    <message>
        <source>a note for the version&apos;s history</source>
        <translation>бележка за историята на версиите</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Оборот</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажби</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Връщания</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средна сметка</translation>
    </message>
    <message>
        <source>Members&apos; share of revenue</source>
        <translation>Дял на членовете в оборота</translation>
    </message>
    <message>
        <source>Members&apos; revenue</source>
        <translation>Приходи от членове</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Дадени отстъпки</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Няма продажби за този период.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Издадени</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Изразходвани</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Изтекли</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Коригирани</translation>
    </message>
    <message>
        <source>Outstanding now</source>
        <translation>Неизползвани в момента</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Задължения по точки</translation>
    </message>
    <message>
        <source>— (paying with points is off)</source>
        <translation>— (плащането с точки е изключено)</translation>
    </message>
    <message>
        <source>Refunds that left a balance below zero</source>
        <translation>Връщания, довели до баланс под нула</translation>
    </message>
    <message>
        <source>Points those balances went below zero by</source>
        <translation>С колко точки тези баланси паднаха под нулата</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нови</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активни</translation>
    </message>
    <message>
        <source>Bought twice or more</source>
        <translation>Купили два или повече пъти</translation>
    </message>
    <message>
        <source>Members&apos; sales</source>
        <translation>Продажби на членове</translation>
    </message>
    <message>
        <source>Active in the 90 days before</source>
        <translation>Активни през 90-те дни преди периода</translation>
    </message>
    <message>
        <source>Active in the last 90 days</source>
        <translation>Активни през последните 90 дни</translation>
    </message>
    <message>
        <source>Of those, new in the period</source>
        <translation>От тях нови за периода</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Дял на повторните покупки</translation>
    </message>
    <message>
        <source>Average visits</source>
        <translation>Среден брой посещения</translation>
    </message>
    <message>
        <source>Retention (CRR)</source>
        <translation>Задържане (CRR)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отлив</translation>
    </message>
    <message>
        <source>Lifetime value (CLV)</source>
        <translation>Стойност на клиента (CLV)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Отговори NPS</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Промотори</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критици</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Отговори CSAT</translation>
    </message>
    <message>
        <source>Satisfied (4 and 5)</source>
        <translation>Доволни (4 и 5)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <source>Nobody joined in these months.</source>
        <translation>През тези месеци никой не се е записал.</translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation>Рождени дни през следващите 14 дни</translation>
    </message>
    <message>
        <source>Points expiring in the next 30 days</source>
        <translation>Точки, изтичащи през следващите 30 дни</translation>
    </message>
    <message>
        <source>Not seen for 60 days (win-back)</source>
        <translation>Без посещение от 60 дни (за връщане)</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>Топ членове</translation>
    </message>
    <message>
        <source>Balances below zero</source>
        <translation>Баланси под нула</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратна връзка</translation>
    </message>
    <message>
        <source>The tills cannot be read.</source>
        <translation>Касите не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>No till is called &quot;%1&quot;.</source>
        <translation>Няма терминал с име „%1“.</translation>
    </message>
    <message>
        <source>--group is day, week or month.</source>
        <translation>--group е day, week или month.</translation>
    </message>
    <message>
        <source>--months is a whole number from 1 to 120.</source>
        <translation>--months е цяло число от 1 до 120.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli report %1 --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</source>
        <translation>Употреба: loyalty-cli report %1 --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Use: loyalty-cli report summary|sales|points|members|segments|cohorts|feedback|actions --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</source>
        <translation>Употреба: loyalty-cli report summary|sales|points|members|segments|cohorts|feedback|actions --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</translation>
    </message>
    <message>
        <source>sales, points, members and feedback of a period (the reports&apos; summary)</source>
        <translation>продажби, точки, членове и отзиви за период (обобщението на отчетите)</translation>
    </message>
    <message>
        <source>revenue, sales, refunds, average check, by day, week or month</source>
        <translation>приходи, продажби, връщания, среден бон, по дни, седмици или месеци</translation>
    </message>
    <message>
        <source>points issued, redeemed, expired and outstanding, and their liability</source>
        <translation>издадени, използвани, изтекли и оставащи точки и задължението по тях</translation>
    </message>
    <message>
        <source>new and active members, repeat rate, retention, churn, lifetime value</source>
        <translation>нови и активни членове, дял повторни покупки, задържане, отлив, стойност за целия период</translation>
    </message>
    <message>
        <source>members by RFM segment, as of today</source>
        <translation>членове по RFM сегменти към днес</translation>
    </message>
    <message>
        <source>of each month&apos;s new members, how many bought in each month after</source>
        <translation>колко от новите членове на всеки месец са купували през всеки следващ месец</translation>
    </message>
    <message>
        <source>NPS and CSAT, and their trend by month</source>
        <translation>NPS и CSAT и тенденцията им по месеци</translation>
    </message>
    <message>
        <source>members to call, write to or thank, as of today</source>
        <translation>членове за обаждане, писане или благодарност, към днес</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>първият ден</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>последният ден</translation>
    </message>
    <message>
        <source>only this till (its name or UUID; default: every till)</source>
        <translation>само този терминал (име или UUID; по подразбиране: всички терминали)</translation>
    </message>
    <message>
        <source>the series by day (default), week or month</source>
        <translation>редът по дни (по подразбиране), седмици или месеци</translation>
    </message>
    <message>
        <source>how many months of cohorts (default 12)</source>
        <translation>колко месеца кохорти (по подразбиране 12)</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>Плащането с точки е изключено в този магазин.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %Ln point(s) to pay with them.</source>
        <translation>
            <numerusform>%1 трябва да има поне %Ln точка, за да плаща с точки.</numerusform>
            <numerusform>%1 трябва да има поне %Ln точки, за да плаща с точки.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no points to pay with.</source>
        <translation>%1 няма точки, с които да плати.</translation>
    </message>
    <message>
        <source>--pay-points takes a whole number of points above zero, or max.</source>
        <translation>--pay-points приема цяло число точки над нулата или max.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) paid %1.</source>
        <translation>
            <numerusform>%Ln точка плати %1.</numerusform>
            <numerusform>%Ln точки платиха %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>record a sale: lines and/or an amount; without --card, a walk-in</source>
        <translation>записва продажба: редове и/или сума; без --card — клиент без карта</translation>
    </message>
    <message>
        <source>one line called &quot;Purchase&quot;</source>
        <translation>един ред „Покупка“</translation>
    </message>
    <message>
        <source>a line: DESCRIPTION:PRICE[xQUANTITY]</source>
        <translation>ред: DESCRIPTION:PRICE[xQUANTITY]</translation>
    </message>
    <message>
        <source>the member pays part of the check with points (F6)</source>
        <translation>членът плаща част от бона с точки (F6)</translation>
    </message>
    <message>
        <source>print a past receipt of this till</source>
        <translation>отпечатва стара бележка от този терминал</translation>
    </message>
    <message>
        <source>the receipt&apos;s number</source>
        <translation>номерът на бележката</translation>
    </message>
    <message>
        <source>give a sale back, whole or in part (a manager&apos;s)</source>
        <translation>връща продажба изцяло или частично (за управител)</translation>
    </message>
    <message>
        <source>the lines given back (default: everything not yet given back)</source>
        <translation>върнатите редове (по подразбиране: всичко още невърнато)</translation>
    </message>
    <message>
        <source>create the database and this terminal</source>
        <translation>създава базата данни и този терминал</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>името на магазина</translation>
    </message>
    <message>
        <source>this till&apos;s name</source>
        <translation>името на този терминал</translation>
    </message>
    <message>
        <source>the ISO currency code (default: the locale&apos;s, else EUR)</source>
        <translation>ISO кодът на валутата (по подразбиране: според локала, иначе EUR)</translation>
    </message>
    <message>
        <source>create the demo shop (members, cards, sales)</source>
        <translation>създава демо магазин (членове, карти, продажби)</translation>
    </message>
    <message>
        <source>integrity check and ledger balances</source>
        <translation>проверка на целостта и балансите в регистъра</translation>
    </message>
    <message>
        <source>settle points whose expiry day is over (the app does it at start and daily; running it twice is harmless)</source>
        <translation>урежда точките с изтекъл срок (приложението го прави при старт и всеки ден; повторното пускане е безвредно)</translation>
    </message>
    <message>
        <source>read every lot, not only those since the last run</source>
        <translation>чете всички партиди точки, не само от последното пускане</translation>
    </message>
    <message>
        <source>the staff accounts</source>
        <translation>акаунтите на персонала</translation>
    </message>
    <message>
        <source>a new account (the first an administrator&apos;s; then an administrator&apos;s action)</source>
        <translation>нов акаунт (първият е на администратор; след това действие на администратор)</translation>
    </message>
    <message>
        <source>the name to sign in with</source>
        <translation>името за вход</translation>
    </message>
    <message>
        <source>what the account may do (docs/roles.md)</source>
        <translation>какво може акаунтът (docs/roles.md)</translation>
    </message>
    <message>
        <source>the PIN: 4 to 8 digits</source>
        <translation>ПИН кодът: от 4 до 8 цифри</translation>
    </message>
    <message>
        <source>the account can no longer sign in</source>
        <translation>акаунтът вече не може да влиза</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>името на акаунта</translation>
    </message>
    <message>
        <source>the audit trail, newest first (a manager&apos;s)</source>
        <translation>одитният журнал, най-новите първи (за управител)</translation>
    </message>
    <message>
        <source>only this action, e.g. staff.create</source>
        <translation>само това действие, напр. staff.create</translation>
    </message>
    <message>
        <source>only what this person did</source>
        <translation>само действията на този човек</translation>
    </message>
    <message>
        <source>at most this many entries (default 100)</source>
        <translation>най-много толкова записа (по подразбиране 100)</translation>
    </message>
    <message>
        <source>the head office&apos;s PostgreSQL: &quot;host=… dbname=… user=… password=…&quot; (or LOYALTY_SYNC_PG)</source>
        <translation>PostgreSQL на централата: &quot;host=… dbname=… user=… password=…&quot; (или LOYALTY_SYNC_PG)</translation>
    </message>
    <message>
        <source>tries again this often when the server is out of reach (default 3)</source>
        <translation>колко пъти да опита отново, ако сървърът е недостъпен (по подразбиране 3)</translation>
    </message>
    <message>
        <source>this terminal&apos;s changes since the last batch as a batch folder (a manager&apos;s)</source>
        <translation>промените на този терминал след последния пакет като папка с пакет (за управител)</translation>
    </message>
    <message>
        <source>the folder to write</source>
        <translation>папката за запис</translation>
    </message>
    <message>
        <source>everything, to set up a new terminal</source>
        <translation>всичко, за настройка на нов терминал</translation>
    </message>
    <message>
        <source>apply a batch another terminal exported (manager)</source>
        <translation>прилага пакет, експортиран от друг терминал (управител)</translation>
    </message>
    <message>
        <source>send this terminal&apos;s changes to the head office (a manager&apos;s)</source>
        <translation>изпраща промените на този терминал към централата (за управител)</translation>
    </message>
    <message>
        <source>bring the other terminals&apos; changes from the head office (a manager&apos;s)</source>
        <translation>взема промените на другите терминали от централата (за управител)</translation>
    </message>
    <message>
        <source>push, then pull (a manager&apos;s)</source>
        <translation>push, след това pull (за управител)</translation>
    </message>
    <message>
        <source>when this terminal last synced, what waits</source>
        <translation>кога терминалът е синхронизиран за последно, какво чака</translation>
    </message>
    <message>
        <source>bring members from a CSV file (docs/import.md)</source>
        <translation>въвежда членове от CSV файл (docs/import.md)</translation>
    </message>
    <message>
        <source>show what would be done, write nothing</source>
        <translation>показва какво ще бъде направено, без да записва</translation>
    </message>
    <message>
        <source>import the rows without errors, skip the others</source>
        <translation>въвежда редовете без грешки, пропуска другите</translation>
    </message>
    <message>
        <source>which column holds a field, when the header does not say</source>
        <translation>коя колона съдържа поле, когато заглавието не го казва</translation>
    </message>
    <message>
        <source>write the members to a CSV file</source>
        <translation>записва членовете в CSV файл</translation>
    </message>
    <message>
        <source>the column separator (default &apos;;&apos;)</source>
        <translation>разделителят на колоните (по подразбиране &apos;;&apos;)</translation>
    </message>
    <message>
        <source>the list of commands, or one command&apos;s options (as --help)</source>
        <translation>списъкът с команди или опциите на една команда (като --help)</translation>
    </message>
    <message>
        <source>Usage: loyalty-cli [--db FILE] [--json] COMMAND [ARGS]</source>
        <translation>Употреба: loyalty-cli [--db FILE] [--json] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <source>  MEMBER is a card number, a phone number or #ID; dates are YYYY-MM-DD.</source>
        <translation>  MEMBER е номер на карта, телефонен номер или #ID; датите са YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Опции:</translation>
    </message>
    <message>
        <source>  --db FILE   the database (default: %1)
  --staff NAME --pin PIN   (before the command) who acts, when the database has staff
              accounts, or the environment&apos;s LOYALTY_STAFF and LOYALTY_PIN; docs/roles.md
  --json      machine-readable output
  --version   the version
</source>
        <translation>  --db FILE   базата данни (по подразбиране: %1)
  --staff NAME --pin PIN   (преди командата) кой действа, когато базата има акаунти
              на персонала, или LOYALTY_STAFF и LOYALTY_PIN от средата; docs/roles.md
  --json      машинно четим изход
  --version   версията
</translation>
    </message>
    <message>
        <source>&quot;loyalty-cli COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation>„loyalty-cli COMMAND --help“ показва опциите на команда.</translation>
    </message>
    <message>
        <source>Usage: loyalty-cli %1</source>
        <translation>Употреба: loyalty-cli %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отказ (Esc)</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Въведете %1 за потвърждение</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Въведете %1 за потвърждение:</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>Поле в кавички, започващо на ред %1, не е затворено: липсват кавички (&quot;).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файлът е празен.</translation>
    </message>
    <message>
        <source>This is a spreadsheet file (.xlsx or .ods), not CSV: save it as &quot;CSV&quot; in the spreadsheet program and choose that file.</source>
        <translation>Това е файл на електронна таблица (.xlsx или .ods), а не CSV: запазете го като &quot;CSV&quot; в програмата за таблици и изберете този файл.</translation>
    </message>
    <message>
        <source>This is not a text file: save the member list as CSV.</source>
        <translation>Това не е текстов файл: запазете списъка с членове като CSV.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3: a value may contain an unquoted %4.</source>
        <translation>Ред %1 има полета: %2, а заглавният ред: %3; възможно е стойност да съдържа %4 без кавички.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3.</source>
        <translation>Ред %1 има полета: %2, а заглавният ред: %3.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Няма файл %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 е папка, а не файл.</translation>
    </message>
    <message>
        <source>The file is %1; files over %2 are refused. Split the list into smaller files and import them one after another.</source>
        <translation>Размерът на файла е %1; файлове над %2 не се приемат. Разделете списъка на по-малки файлове и ги импортирайте един след друг.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Файлът %1 не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>The file is larger than %1 and is refused.</source>
        <translation>Файлът е по-голям от %1 и не се приема.</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source>UTF-8 with unreadable bytes</source>
        <translation>UTF-8 с нечетими байтове</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табулация</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка и запетая</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запетая</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Не е зададен файл на база данни.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 е папка, а не файл на база данни.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: this user has no permission to open it.</source>
        <translation>Файлът на базата данни %1 не може да бъде прочетен: този потребител няма право да го отваря.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;loyalty-cli init&quot;.</source>
        <translation>Няма база данни в %1. Създайте я с &quot;loyalty-cli init&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Папката %1 не може да бъде създадена.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: %2</source>
        <translation>Файлът на базата данни %1 не може да бъде създаден: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>Липсва SQLite драйверът за Qt (пакет на Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>Файлът на базата данни %1 не може да бъде отворен.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>Файлът на базата данни %1 не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a loyalty terminal&apos;s. It was left untouched.</source>
        <translation>%1 е база данни SQLite, но не на терминал за лоялност. Файлът не е променян.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of the loyalty terminal (schema %2; this version knows up to %3). Install the newer version; the file was left untouched.</source>
        <translation>Базата данни %1 е записана от по-нова версия на терминала за лоялност (схема %2; тази версия познава до %3). Инсталирайте по-новата версия; файлът не е променян.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade: open it in the terminal first.</source>
        <translation>Базата данни %1 трябва да бъде обновена: първо я отворете в терминала.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Sales cannot be recorded until this user may write to the file and its folder.</source>
        <translation>Файлът на базата данни %1 е само за четене. Продажби не могат да се записват, докато този потребител не получи право на запис във файла и папката му.</translation>
    </message>
    <message>
        <source>The database cannot be switched to write-ahead logging.</source>
        <translation>Базата данни не може да бъде превключена към журнал с предварителен запис (WAL).</translation>
    </message>
    <message>
        <source>The database settings cannot be applied.</source>
        <translation>Настройките на базата данни не могат да бъдат приложени.</translation>
    </message>
    <message>
        <source>The write-ahead log cannot be copied into the database.</source>
        <translation>Журналът с предварителен запис (WAL) не може да бъде прехвърлен в базата данни.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Базата данни не е отворена.</translation>
    </message>
    <message>
        <source>The database could not be changed.</source>
        <translation>Базата данни не можа да бъде променена.</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>Версията на схемата не може да бъде прочетена.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Миграция %1 липсва в тази компилация.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1.</source>
        <translation>Базата данни не можа да бъде обновена до версия %1.</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>Проверката на целостта не можа да се изпълни.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Файлът на базата данни е повреден.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Дискът е пълен.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Файлът на базата данни е само за четене.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a database.</source>
        <translation>Файлът е повреден или не е база данни.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again.</source>
        <translation>Базата данни е заета от друга програма; опитайте отново.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Файлът не може да бъде отворен.</translation>
    </message>
    <message>
        <source>The disk reported an error.</source>
        <translation>Дискът съобщи за грешка.</translation>
    </message>
    <message>
        <source>The member search index cannot be built.</source>
        <translation>Индексът за търсене на членове не може да бъде изграден.</translation>
    </message>
    <message>
        <source>The database cannot start a change.</source>
        <translation>Базата данни не може да започне промяна.</translation>
    </message>
    <message>
        <source>No change is in progress.</source>
        <translation>Няма промяна в ход.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Промяната не можа да бъде запазена.</translation>
    </message>
    <message>
        <source>The member cannot be saved.</source>
        <translation>Членът не може да бъде запазен.</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>Членът вече не съществува.</translation>
    </message>
    <message>
        <source>The member cannot be read.</source>
        <translation>Членът не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>The card cannot be blocked.</source>
        <translation>Картата не може да бъде блокирана.</translation>
    </message>
    <message>
        <source>The card is already blocked.</source>
        <translation>Картата вече е блокирана.</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be blocked.</source>
        <translation>Картите на члена не могат да бъдат блокирани.</translation>
    </message>
    <message>
        <source>The member&apos;s points cannot be read.</source>
        <translation>Точките на члена не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The points cannot be recorded.</source>
        <translation>Точките не могат да бъдат записани.</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be moved.</source>
        <translation>Картите на члена не могат да бъдат прехвърлени.</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be moved.</source>
        <translation>Покупките на члена не могат да бъдат прехвърлени.</translation>
    </message>
    <message>
        <source>The member&apos;s balance cannot be updated.</source>
        <translation>Балансът на члена не може да бъде обновен.</translation>
    </message>
    <message>
        <source>The member cannot be erased.</source>
        <translation>Членът не може да бъде заличен.</translation>
    </message>
    <message>
        <source>The member&apos;s level cannot be saved.</source>
        <translation>Нивото на члена не може да бъде запазено.</translation>
    </message>
    <message>
        <source>The terminal&apos;s identity cannot be read.</source>
        <translation>Идентичността на терминала не може да бъде прочетена.</translation>
    </message>
    <message>
        <source>The terminal cannot be registered.</source>
        <translation>Терминалът не може да бъде регистриран.</translation>
    </message>
    <message>
        <source>The shop settings cannot be read.</source>
        <translation>Настройките на магазина не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The shop settings cannot be saved.</source>
        <translation>Настройките на магазина не могат да бъдат запазени.</translation>
    </message>
    <message>
        <source>The card cannot be looked up.</source>
        <translation>Картата не може да бъде намерена.</translation>
    </message>
    <message>
        <source>Members cannot be searched.</source>
        <translation>Търсенето на членове не е възможно.</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be read.</source>
        <translation>Картите на члена не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The card cannot be saved.</source>
        <translation>Картата не може да бъде запазена.</translation>
    </message>
    <message>
        <source>The member of this sale no longer exists.</source>
        <translation>Членът от тази продажба вече не съществува.</translation>
    </message>
    <message>
        <source>The next receipt number cannot be read.</source>
        <translation>Следващият номер на бележка не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>The sale cannot be saved.</source>
        <translation>Продажбата не може да бъде запазена.</translation>
    </message>
    <message>
        <source>A line of the sale cannot be saved.</source>
        <translation>Ред от продажбата не може да бъде запазен.</translation>
    </message>
    <message>
        <source>The discounts of the sale cannot be saved.</source>
        <translation>Отстъпките по продажбата не могат да бъдат запазени.</translation>
    </message>
    <message>
        <source>The sale cannot be read.</source>
        <translation>Продажбата не може да бъде прочетена.</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be read.</source>
        <translation>Покупките на члена не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>Sales cannot be counted.</source>
        <translation>Продажбите не могат да бъдат преброени.</translation>
    </message>
    <message>
        <source>The points balance cannot be read.</source>
        <translation>Балансът на точките не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>The points of the sale cannot be read.</source>
        <translation>Точките по продажбата не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The points balances cannot be checked.</source>
        <translation>Балансите на точките не могат да бъдат проверени.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Този служител вече не съществува.</translation>
    </message>
    <message>
        <source>The staff member cannot be saved.</source>
        <translation>Служителят не може да бъде запазен.</translation>
    </message>
    <message>
        <source>Staff cannot be read.</source>
        <translation>Служителите не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The sign-in cannot be recorded.</source>
        <translation>Влизането не може да бъде записано.</translation>
    </message>
    <message>
        <source>The PIN cannot be saved.</source>
        <translation>PIN кодът не може да бъде запазен.</translation>
    </message>
    <message>
        <source>The audit trail cannot be written.</source>
        <translation>Одитният журнал не може да бъде записан.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read.</source>
        <translation>Одитният журнал не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>The members&apos; running totals cannot be read.</source>
        <translation>Сборните суми за членовете не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The members&apos; running totals cannot be updated.</source>
        <translation>Сборните суми за членовете не могат да бъдат обновени.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo Café</source>
        <translation>Демо кафе</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Каса 1</translation>
    </message>
    <message>
        <source>This database already has members; the demo was not added.</source>
        <translation>Тази база данни вече има членове; демо данните не са добавени.</translation>
    </message>
    <message>
        <source>Latte</source>
        <translation>Лате</translation>
    </message>
    <message>
        <source>Cappuccino</source>
        <translation>Капучино</translation>
    </message>
    <message>
        <source>Espresso</source>
        <translation>Еспресо</translation>
    </message>
    <message>
        <source>Croissant</source>
        <translation>Кроасан</translation>
    </message>
    <message>
        <source>Cheesecake</source>
        <translation>Чийзкейк</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>Чай</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Бронз</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Сребро</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Злато</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Карта за кафе</translation>
    </message>
    <message>
        <source>5% off over 30.00</source>
        <translation>5% отстъпка над 30.00</translation>
    </message>
    <message>
        <source>The demo could not be created.</source>
        <translation>Демо данните не можаха да бъдат създадени.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>изгубена</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>New member</source>
        <translation>Нов член</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>day.month or day.month.year</source>
        <translation>ден.месец или ден.месец.година</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер на карта</translation>
    </message>
    <message>
        <source>Scan the new card, or F4 for a number</source>
        <translation>Сканирайте новата карта или F4 за номер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Забележки</translation>
    </message>
    <message>
        <source>Preferences: oat milk, no sugar…</source>
        <translation>Предпочитания: овесено мляко, без захар…</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Препоръчан от</translation>
    </message>
    <message>
        <source>card or phone of the member who brought them</source>
        <translation>карта или телефон на члена, който го е довел</translation>
    </message>
    <message>
        <source>New number (F4)</source>
        <translation>Нов номер (F4)</translation>
    </message>
    <message>
        <source>Agrees to offers by SMS</source>
        <translation>Съгласие за оферти по SMS</translation>
    </message>
    <message>
        <source>Agrees to offers by e-mail</source>
        <translation>Съгласие за оферти по имейл</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Име *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>И&amp;мейл</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Рожден ден</translation>
    </message>
    <message>
        <source>&amp;Card *</source>
        <translation>&amp;Карта *</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Забележки</translation>
    </message>
    <message>
        <source>Re&amp;ferred by</source>
        <translation>&amp;Препоръчан от</translation>
    </message>
    <message>
        <source>Enroll (Enter)</source>
        <translation>Регистрирай (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отказ (Esc)</translation>
    </message>
    <message>
        <source>Card %1 scanned.</source>
        <translation>Картата %1 е сканирана.</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Редактиране на член</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Запази (Enter)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>%1 (type to replace)</source>
        <translation>%1 (въведете за замяна)</translation>
    </message>
    <message>
        <source>Scan or type a card to replace the member&apos;s card</source>
        <translation>Сканирайте или въведете карта, за да замените картата на члена</translation>
    </message>
    <message>
        <source>Write or print %1 on the new card.</source>
        <translation>Напишете или отпечатайте %1 на новата карта.</translation>
    </message>
    <message>
        <source>Scan the new card, type its number, or press F4 for a new number.</source>
        <translation>Сканирайте новата карта, въведете номера ѝ или натиснете F4 за нов номер.</translation>
    </message>
    <message>
        <source>%1 If they share it (a family), press Enter again to save.</source>
        <translation>%1 Ако го ползват съвместно (семейство), натиснете Enter отново, за да запазите.</translation>
    </message>
    <message>
        <source>%1 If this is a different person (a family member), press Enter again to enroll.</source>
        <translation>%1 Ако това е друг човек (член на семейството), натиснете Enter отново, за да регистрирате.</translation>
    </message>
</context>
<context>
    <name>ExpiryService</name>
    <message>
        <source>The expiring points cannot be read.</source>
        <translation>Изтичащите точки не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Изтекли точки</translation>
    </message>
    <message>
        <source>The points cannot be recorded.</source>
        <translation>Точките не могат да бъдат записани.</translation>
    </message>
    <message>
        <source>Settling expired points: %1 of %2 lots</source>
        <translation>Отписване на изтекли точки: %1 от %2 начисления</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The delimiter must be a semicolon, a comma or a tab.</source>
        <translation>Разделителят трябва да е точка и запетая, запетая или табулация.</translation>
    </message>
    <message>
        <source>The members cannot be read.</source>
        <translation>Членовете не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Файлът не може да бъде записан.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 не може да бъде записан.</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <source>feedback scale</source>
        <translation>скала за обратна връзка</translation>
    </message>
    <message>
        <source>How likely is the customer to recommend us? Press 0–9, or 1 then 0 for 10.</source>
        <translation>Колко вероятно е клиентът да ни препоръча? Натиснете 0–9 или 1, после 0 за 10.</translation>
    </message>
    <message>
        <source>How was it today? Press 1 (bad) to 5 (excellent).</source>
        <translation>Как беше днес? Натиснете от 1 (зле) до 5 (отлично).</translation>
    </message>
    <message>
        <source>Feedback at the till is switched off in this shop.</source>
        <translation>Обратната връзка на касата е изключена в този магазин.</translation>
    </message>
    <message>
        <source>The answer is %1 to %2.</source>
        <translation>Отговорът е от %1 до %2.</translation>
    </message>
    <message>
        <source>A comment has at most %1 characters.</source>
        <translation>Максимален брой знаци в коментар: %1.</translation>
    </message>
    <message>
        <source>Feedback belongs to a sale, and this is none.</source>
        <translation>Обратната връзка се отнася до продажба, а тук няма такава.</translation>
    </message>
    <message>
        <source>Feedback is kept for members: this sale was a walk-in.</source>
        <translation>Обратна връзка се пази само за членове: тази продажба е без карта.</translation>
    </message>
    <message>
        <source>The feedback cannot be read.</source>
        <translation>Обратната връзка не може да бъде прочетена.</translation>
    </message>
    <message>
        <source>This sale already has the customer&apos;s answer.</source>
        <translation>Тази продажба вече има отговор от клиента.</translation>
    </message>
    <message>
        <source>The feedback cannot be saved.</source>
        <translation>Обратната връзка не може да бъде запазена.</translation>
    </message>
    <message>
        <source>The comment cannot be saved.</source>
        <translation>Коментарът не може да бъде запазен.</translation>
    </message>
    <message>
        <source>That feedback does not exist.</source>
        <translation>Тази обратна връзка не съществува.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up this terminal</source>
        <translation>Настройка на този терминал</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no staff accounts yet: make the administrator&apos;s.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; все още няма акаунти на персонала: създайте акаунта на администратора.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Name the shop and this till, and make the administrator&apos;s account. All of it can be changed later.</source>
        <translation>&lt;b&gt;Добре дошли.&lt;/b&gt; Въведете името на магазина и на тази каса и създайте акаунт на администратор. Всичко може да се промени по-късно.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Каса 1</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>&amp;Име на магазина</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Валута</translation>
    </message>
    <message>
        <source>&amp;This till</source>
        <translation>&amp;Тази каса</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Администратор</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits)</source>
        <translation>&amp;PIN (4–8 цифри)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;отново</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Старт (Enter)</translation>
    </message>
    <message>
        <source>Quit (Esc)</source>
        <translation>Изход (Esc)</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name, as the receipt should show it.</source>
        <translation>Въведете името на магазина така, както трябва да се вижда на бележката.</translation>
    </message>
    <message>
        <source>Name this till, e.g. &quot;Till 1&quot;.</source>
        <translation>Дайте име на тази каса, напр. &quot;Каса 1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a currency code this terminal knows (e.g. RUB, EUR, USD).</source>
        <translation>%1 не е валутен код, познат на този терминал (напр. RUB, EUR, USD).</translation>
    </message>
    <message>
        <source>The two PINs differ: type the PIN again.</source>
        <translation>Двата PIN кода се различават: въведете PIN кода отново.</translation>
    </message>
</context>
<context>
    <name>HeadOffice</name>
    <message>
        <source>%1 rows sent to the head office.</source>
        <translation>Изпратени редове до централата: %1.</translation>
    </message>
    <message>
        <source>The head office (%1) refused the user name or password. Check the sync settings; the changes wait on this terminal.</source>
        <translation>Централата (%1) отхвърли потребителското име или паролата. Проверете настройките за синхронизация; промените чакат на този терминал.</translation>
    </message>
    <message>
        <source>The head office server has no database by that name (%1). Check the sync settings.</source>
        <translation>Сървърът на централата няма база данни с това име (%1). Проверете настройките за синхронизация.</translation>
    </message>
    <message>
        <source>The head office (%1) cannot be reached. The changes wait on this terminal and go with the next sync.</source>
        <translation>Няма връзка с централата (%1). Промените чакат на този терминал и ще бъдат изпратени при следващата синхронизация.</translation>
    </message>
    <message>
        <source>This terminal cannot talk to a PostgreSQL head office: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Този терминал не може да работи с централа на PostgreSQL: драйверът за PostgreSQL на Qt не е инсталиран (пакет на Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The head office connection names no database: add dbname=… to it.</source>
        <translation>Във връзката с централата не е посочена база данни: добавете към нея dbname=….</translation>
    </message>
    <message>
        <source>The head office database cannot be set up.</source>
        <translation>Базата данни на централата не може да бъде настроена.</translation>
    </message>
    <message>
        <source>The head office was set up by a newer version of the terminal (schema %1; this one knows %2). Update this terminal.</source>
        <translation>Централата е настроена от по-нова версия на терминала (схема %1; тази версия познава %2). Обновете този терминал.</translation>
    </message>
    <message>
        <source>The head office cannot register this terminal.</source>
        <translation>Централата не може да регистрира този терминал.</translation>
    </message>
    <message>
        <source>The head office keeps its accounts in %1 and this terminal in %2: a terminal syncs only with a head office of its own currency.</source>
        <translation>Централата води сметките си в %1, а този терминал — в %2: терминалът се синхронизира само с централа в същата валута.</translation>
    </message>
    <message>
        <source>The changes cannot be sent to the head office.</source>
        <translation>Промените не могат да бъдат изпратени към централата.</translation>
    </message>
    <message>
        <source>The changes of the other terminals cannot be read from the head office.</source>
        <translation>Промените от другите терминали не могат да бъдат прочетени от централата.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members from a CSV file</source>
        <translation>Импорт на членове от CSV файл</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Не е избран файл</translation>
    </message>
    <message>
        <source>&amp;Choose file… (Ctrl+O)</source>
        <translation>&amp;Избор на файл… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (leave out the rows with errors)</source>
        <translation>Само &amp;валидните редове (без редовете с грешки)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>И&amp;мпортирай</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Списък с членове</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV файлове (*.csv *.txt *.tsv);;Всички файлове (*)</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · delimiter: %2 · %n row(s) after the header</source>
        <translation>
            <numerusform>Кодиране: %1 · разделител: %2 · %n ред след заглавния</numerusform>
            <numerusform>Кодиране: %1 · разделител: %2 · %n реда след заглавния</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не е импортиран —</translation>
    </message>
    <message>
        <source>Dry run, nothing written yet: %1 rows: %2 new, %3 updated, %4 already here, %5 with errors; %6 opening points.</source>
        <translation>Пробно изпълнение, нищо не е записано: редове: %1 (нови: %2, обновени: %3, вече налични: %4, с грешки: %5); начални точки: %6.</translation>
    </message>
    <message>
        <source>Imported: %1 new members, %2 updated, %3 rows left out; %4 opening points.</source>
        <translation>Импортирано: нови членове: %1, обновени: %2, пропуснати редове: %3; начални точки: %4.</translation>
    </message>
    <message>
        <source>The members were imported.</source>
        <translation>Членовете са импортирани.</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>new</source>
        <translation>нов</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновяване</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>вече наличен</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ГРЕШКА</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Какво ще стане</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The file has a header line but no members.</source>
        <translation>Файлът има заглавен ред, но няма членове.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The row has neither a card number nor a phone number, so a later import of the same file could not recognise the member.</source>
        <translation>Редът няма нито номер на карта, нито телефонен номер, така че при повторен импорт на същия файл членът няма да бъде разпознат.</translation>
    </message>
    <message>
        <source>Card %1 is also on line %2.</source>
        <translation>Картата %1 е и на ред %2.</translation>
    </message>
    <message>
        <source>Phone %1 is also on line %2; give each of these members a card number to tell them apart.</source>
        <translation>Телефонът %1 е и на ред %2; дайте на всеки от тези членове номер на карта, за да се различават.</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased; it cannot be reused.</source>
        <translation>Картата %1 е принадлежала на член, чиито данни са заличени; не може да се използва повторно.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2, not to %3.</source>
        <translation>Картата %1 вече принадлежи на %2, а не на %3.</translation>
    </message>
    <message>
        <source>Members cannot be searched.</source>
        <translation>Търсенето на членове не е възможно.</translation>
    </message>
    <message>
        <source>Several members already have phone %1: add the card number to the row.</source>
        <translation>Няколко членове вече имат телефон %1: добавете номера на картата в реда.</translation>
    </message>
    <message>
        <source>Phone %1 belongs to %2, not %3: add the card number to the row.</source>
        <translation>Телефонът %1 принадлежи на %2, а не на %3: добавете номера на картата в реда.</translation>
    </message>
    <message>
        <source>New member %1.</source>
        <translation>Нов член %1.</translation>
    </message>
    <message>
        <source>New member %1 with card %2.</source>
        <translation>Нов член %1 с карта %2.</translation>
    </message>
    <message>
        <source>Opening balance %1 points.</source>
        <translation>Начален баланс: %1 т.</translation>
    </message>
    <message>
        <source>The points ledger cannot be read.</source>
        <translation>Регистърът на точките не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>card %1 is added</source>
        <translation>добавя се карта %1</translation>
    </message>
    <message>
        <source>an opening balance of %1 points is recorded</source>
        <translation>записва се начален баланс от %1 т.</translation>
    </message>
    <message>
        <source>Already present: %1 has card %2.</source>
        <translation>Вече наличен: %1 има карта %2.</translation>
    </message>
    <message>
        <source>Already present: %1 has phone %2.</source>
        <translation>Вече наличен: %1 има телефон %2.</translation>
    </message>
    <message>
        <source>Existing member %1: %2.</source>
        <translation>Съществуващ член %1: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ред %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file have errors, so nothing was imported. Correct them, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>%n ред от файла има грешки, затова нищо не е импортирано. Поправете го или изберете да се импортират само валидните редове.</numerusform>
            <numerusform>%n реда от файла имат грешки, затова нищо не е импортирано. Поправете ги или изберете да се импортират само валидните редове.</numerusform>
        </translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>CSV файл</translation>
    </message>
    <message>
        <source>Opening balance from %1, line %2</source>
        <translation>Начален баланс от %1, ред %2</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>Файлът няма колона &quot;%1&quot;. Колоните му са: %2.</translation>
    </message>
    <message>
        <source>The column chosen for &quot;%1&quot; is not in the file.</source>
        <translation>Колоната, избрана за &quot;%1&quot;, не е във файла.</translation>
    </message>
    <message>
        <source>Choose the column with the members&apos; names. The file&apos;s columns are: %1.</source>
        <translation>Изберете колоната с имената на членовете. Колоните на файла са: %1.</translation>
    </message>
    <message>
        <source>Choose the column with the card numbers or the one with the phone numbers: without them a second import could not recognise the members it already brought in.</source>
        <translation>Изберете колоната с номерата на картите или тази с телефонните номера: без тях повторен импорт не би разпознал вече въведените членове.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is chosen for both &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>Колоната &quot;%1&quot; е избрана и за &quot;%2&quot;, и за &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер на карта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Баланс на точките</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Забележки</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1 rows point at rows that do not exist.</source>
        <translation>Редове, сочещи към несъществуващи редове: %1.</translation>
    </message>
    <message>
        <source>Member %1 shows a balance of %2 points but the ledger adds up to %3.</source>
        <translation>Член %1 има баланс %2 т., но сумата в регистъра е %3.</translation>
    </message>
    <message>
        <source>The daily sales figures disagree with the sales on %1 days; the reports would be wrong there.</source>
        <translation>Дневните обобщения на продажбите не съвпадат с продажбите (засегнати дни: %1); отчетите за тези дни биха били грешни.</translation>
    </message>
    <message>
        <source>The daily points figures disagree with the points ledger by %1 points.</source>
        <translation>Дневните обобщения на точките се разминават с регистъра на точките с %1 т.</translation>
    </message>
    <message>
        <source>The points outstanding are kept as %1 but the members&apos; balances add up to %2; the points report would be wrong.</source>
        <translation>Неизползваните точки са записани като %1, а балансите на членовете дават %2; отчетът за точките би бил грешен.</translation>
    </message>
    <message>
        <source>The members&apos; spending is kept as %1 by %2 buyers but the members add up to %3 by %4; the lifetime value would be wrong.</source>
        <translation>Разходите на членовете са записани като %1 от %2 купувачи, а членовете дават %3 от %4; стойността за целия период би била грешна.</translation>
    </message>
    <message>
        <source>%1 members are counted as current but there are %2; the segments would be wrong.</source>
        <translation>Като текущи са отчетени %1 членове, а те са %2; сегментите биха били грешни.</translation>
    </message>
    <message>
        <source>The record of who bought on which day disagrees with the sales (days affected: %1); the members report would be wrong for them.</source>
        <translation>Записът кой в кой ден е купувал не съвпада с продажбите (засегнати дни: %1); отчетът за членовете би бил грешен за тях.</translation>
    </message>
    <message>
        <source>%1 members are counted as last seen on %2 but there are %3; the segments would be wrong.</source>
        <translation>%1 членове са отчетени като последно идвали на %2, но са %3; сегментите биха били грешни.</translation>
    </message>
    <message>
        <source>%1 lots of points do not match their allocations; members&apos; points and their expiry would be wrong.</source>
        <translation>За %1 партиди точки изразходваното не съвпада с разпределенията; точките на членовете и изтичането им биха били грешни.</translation>
    </message>
</context>
<context>
    <name>LevelService</name>
    <message>
        <source>The members&apos; levels cannot be read.</source>
        <translation>Нивата на членовете не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The members&apos; levels cannot be saved.</source>
        <translation>Нивата на членовете не могат да бъдат запазени.</translation>
    </message>
    <message>
        <source>Reviewing club levels: %1 %</source>
        <translation>Преглед на клубните нива: %1 %</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Кой е на касата?</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Вход (Enter)</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter</source>
        <translation>↑ ↓ изберете името си · въведете PIN · Enter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Първо изберете името си.</translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation>Въведете PIN кода си и натиснете Enter.</translation>
    </message>
</context>
<context>
    <name>LostCardDialog</name>
    <message>
        <source>Lost card</source>
        <translation>Изгубена карта</translation>
    </message>
    <message>
        <source>%1 · %2 pts stay with the member</source>
        <translation>%1 · %2 т. остават за члена</translation>
    </message>
    <message>
        <source>New card number</source>
        <translation>Номер на новата карта</translation>
    </message>
    <message>
        <source>Scan the new card, or F4 for a number</source>
        <translation>Сканирайте новата карта или F4 за номер</translation>
    </message>
    <message>
        <source>New number (F4)</source>
        <translation>Нов номер (F4)</translation>
    </message>
    <message>
        <source>&amp;Lost card</source>
        <translation>&amp;Изгубена карта</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Нова карта</translation>
    </message>
    <message>
        <source>Block and replace (Enter)</source>
        <translation>Блокирай и замени (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отказ (Esc)</translation>
    </message>
    <message>
        <source>Write or print %1 on the new card.</source>
        <translation>Напишете или отпечатайте %1 на новата карта.</translation>
    </message>
    <message>
        <source>Scan the new card, type its number, or press F4 for a new number.</source>
        <translation>Сканирайте новата карта, въведете номера ѝ или натиснете F4 за нов номер.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loyalty Terminal — %1 · %2</source>
        <translation>Терминал за лоялност — %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Управление</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Одитен журнал…</translation>
    </message>
    <message>
        <source>&amp;Import members from a CSV file…</source>
        <translation>&amp;Импорт на членове от CSV файл…</translation>
    </message>
    <message>
        <source>&amp;Export members to a CSV file…</source>
        <translation>&amp;Експорт на членове в CSV файл…</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>О&amp;тчети…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
    <message>
        <source>&amp;Loyalty program…</source>
        <translation>&amp;Програма за лоялност…</translation>
    </message>
    <message>
        <source>Change the loyalty program</source>
        <translation>Промяна на програмата за лоялност</translation>
    </message>
    <message>
        <source>The loyalty program was saved.</source>
        <translation>Програмата за лоялност е запазена.</translation>
    </message>
    <message>
        <source>Re&amp;print a receipt…</source>
        <translation>Повторен пе&amp;чат на бележка…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Резервно копие сега</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Резервно копие сега</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Възстановяване от резервно копие…</translation>
    </message>
    <message>
        <source>S&amp;ync with the other terminals…</source>
        <translation>&amp;Синхронизация с другите терминали…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавишни комбинации</translation>
    </message>
    <message>
        <source>&amp;Switch person / lock (F10)</source>
        <translation>Смяна на служител / за&amp;ключване (F10)</translation>
    </message>
    <message>
        <source>Sync with the other terminals</source>
        <translation>Синхронизация с другите терминали</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>чакащи: %1</translation>
    </message>
    <message>
        <source>Sync failed at %1 · %2</source>
        <translation>Неуспешна синхронизация в %1 · %2</translation>
    </message>
    <message>
        <source>Synced %1 · %2</source>
        <translation>Синхронизирано %1 · %2</translation>
    </message>
    <message>
        <source>Not synced yet · %1</source>
        <translation>Още няма синхронизация · %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Неуспешно резервно копие: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервното копие е записано в %1.</translation>
    </message>
    <message>
        <source>The receipt cannot be shown: %1</source>
        <translation>Бележката не може да бъде показана: %1</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>Повторен печат на бележка</translation>
    </message>
    <message>
        <source>Receipt &amp;number:</source>
        <translation>&amp;Номер на бележка:</translation>
    </message>
    <message>
        <source>The database reports damage (%1). Ask a manager to restore a backup: Manage → Restore a backup.</source>
        <translation>Базата данни съобщава за повреда (%1). Помолете управител да възстанови резервно копие: Управление → Възстановяване от резервно копие.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
    <message>
        <source>Backups (loyalty-*.sqlite);;All files (*)</source>
        <translation>Резервни копия (loyalty-*.sqlite);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Replace the terminal&apos;s data with %1? Sales recorded after it will not be in it; the current data is kept aside. The app restarts.</source>
        <translation>Да се заменят ли данните на терминала с %1? Продажбите, записани след създаването му, няма да бъдат в тях; текущите данни се запазват настрана. Приложението ще се рестартира.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without a key pressed.</source>
        <translation>
            <numerusform>Заключено след %n минута без натиснат клавиш.</numerusform>
            <numerusform>Заключено след %n минути без натиснат клавиш.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signed out.</source>
        <translation>%1 излезе.</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter signs in</source>
        <translation>↑ ↓ изберете името си · въведете PIN · Enter за вход</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The sale the person before left unfinished was cleared.</source>
        <translation>Незавършената продажба на предишния служител е изчистена.</translation>
    </message>
    <message>
        <source>Scan or type a card + Enter · type the amount + Enter · Enter or F12 completes · Del removes a line · Esc clears · F6 pay with points · F8 refund · F10 switch person · F1 all keys</source>
        <translation>Сканирайте или въведете карта + Enter · въведете сумата + Enter · Enter или F12 приключва · Del премахва ред · Esc изчиства · F6 плащане с точки · F8 връщане · F10 смяна на служител · F1 всички клавиши</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Преглед на одитния журнал</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Импорт на членове</translation>
    </message>
    <message>
        <source>%1 members imported, %2 updated.</source>
        <translation>Импортирани членове: %1, обновени: %2.</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Експорт на членове</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>members.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлове (*.csv);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>%1 members written to %2.</source>
        <translation>Записани членове в %2: %1.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>more than %1 waiting</source>
        <translation>чакащи: над %1</translation>
    </message>
</context>
<context>
    <name>MemberCardWidget</name>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Walk-in customer.
Scan the member&apos;s card, or type a name or phone, to collect points.</source>
        <translation>Клиент без карта.
Сканирайте картата на члена или въведете име или телефон, за да се трупат точки.</translation>
    </message>
    <message>
        <source>F4 edit · F7 lost card · Ctrl+P points · Ctrl+M merge · F9 erase</source>
        <translation>F4 редакция · F7 изгубена карта · Ctrl+P точки · Ctrl+M обединяване · F9 заличаване</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 т.</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1 pts expire on %2</source>
        <translation>%1 т. изтичат на %2</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <translation>Рожден ден %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Член от %1</translation>
    </message>
    <message>
        <source>Last visit %1 · %2 visits</source>
        <translation>Последно посещение %1 · посещения: %2</translation>
    </message>
    <message>
        <source>No purchases yet</source>
        <translation>Все още няма покупки</translation>
    </message>
    <message>
        <source>Spent %1 · average %2</source>
        <translation>Похарчени %1 · средно %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Забележки: %1</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Usually: %1</source>
        <translation>Обикновено: %1</translation>
    </message>
    <message>
        <source>%1  %2  +%3 pts</source>
        <translation>%1  %2  +%3 т.</translation>
    </message>
    <message>
        <source>Recent:
%1</source>
        <translation>Последни:
%1</translation>
    </message>
    <message>
        <source>spend %1 more for %2</source>
        <translation>още %1 до %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 — the next one is free</source>
        <translation>%1 %2 — следващото е безплатно</translation>
    </message>
    <message>
        <source>%1 %2 %3/%4</source>
        <translation>%1 %2 %3/%4</translation>
    </message>
    <message>
        <source>Birthday offer: %1</source>
        <translation>Оферта за рожден ден: %1</translation>
    </message>
</context>
<context>
    <name>MemberInsights</name>
    <message>
        <source>The member&apos;s points cannot be read.</source>
        <translation>Точките на члена не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be read.</source>
        <translation>Покупките на члена не могат да бъдат прочетени.</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <source>Members cannot be searched.</source>
        <translation>Търсенето на членове не е възможно.</translation>
    </message>
    <message>
        <source>Members cannot be read.</source>
        <translation>Членовете не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The search statistics cannot be counted.</source>
        <translation>Статистиката на търсенето не може да бъде изчислена.</translation>
    </message>
</context>
<context>
    <name>MemberSearchModel</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 т.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>Scan a card or type a card or phone number.</source>
        <translation>Сканирайте карта или въведете номер на карта или телефон.</translation>
    </message>
    <message>
        <source>That is too long to be a card or phone number.</source>
        <translation>Твърде дълго е за номер на карта или телефон.</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased.</source>
        <translation>Картата %1 е принадлежала на член, чиито данни са заличени.</translation>
    </message>
    <message>
        <source>Several members have phone %1: scan the card instead.</source>
        <translation>Няколко членове имат телефон %1: сканирайте картата.</translation>
    </message>
    <message>
        <source>No member has card or phone number %1.</source>
        <translation>Няма член с карта или телефонен номер %1.</translation>
    </message>
    <message>
        <source>No member has phone number %1.</source>
        <translation>Няма член с телефонен номер %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card or phone number of any member.</source>
        <translation>&quot;%1&quot; не е номер на карта или телефон на нито един член.</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>Членът вече не съществува.</translation>
    </message>
    <message>
        <source>No free card number was found; try again.</source>
        <translation>Не е намерен свободен номер на карта; опитайте отново.</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased: use another card.</source>
        <translation>Картата %1 е принадлежала на член, чиито данни са заличени: използвайте друга карта.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>Картата %1 вече принадлежи на %2.</translation>
    </message>
    <message>
        <source>Referred by: %1</source>
        <translation>Препоръчан от: %1</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Бонус за добре дошли</translation>
    </message>
    <message>
        <source>There is no member #%1.</source>
        <translation>Няма член #%1.</translation>
    </message>
    <message>
        <source>The data of member #%1 was erased.</source>
        <translation>Данните на член #%1 са заличени.</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into member #%3: open that member instead.</source>
        <translation>%1 (#%2) е обединен с член #%3: отворете този член.</translation>
    </message>
    <message>
        <source>That card is not one of %1&apos;s cards.</source>
        <translation>Тази карта не е от картите на %1.</translation>
    </message>
    <message>
        <source>Card %1 is blocked already.</source>
        <translation>Картата %1 вече е блокирана.</translation>
    </message>
    <message>
        <source>%1 has %2 cards: say which one to replace.</source>
        <translation>%1 има няколко карти (%2): посочете коя да бъде заменена.</translation>
    </message>
    <message>
        <source>The new card must have another number than the old one.</source>
        <translation>Новата карта трябва да има различен номер от старата.</translation>
    </message>
    <message>
        <source>replaced by card %1</source>
        <translation>заменена с карта %1</translation>
    </message>
    <message>
        <source>lost; replaced by card %1</source>
        <translation>изгубена; заменена с карта %1</translation>
    </message>
    <message>
        <source>A member cannot be merged with themselves: choose the other record.</source>
        <translation>Член не може да бъде обединен със себе си: изберете другия запис.</translation>
    </message>
    <message>
        <source>Merged into member #%1</source>
        <translation>Обединен в член #%1</translation>
    </message>
    <message>
        <source>Merged from member #%1</source>
        <translation>Обединен от член #%1</translation>
    </message>
    <message>
        <source>Erased member #%1</source>
        <translation>Заличен член #%1</translation>
    </message>
    <message>
        <source>member data erased</source>
        <translation>данните на члена са заличени</translation>
    </message>
    <message>
        <source>Type the points to add (e.g. 50) or take away (e.g. -50).</source>
        <translation>Въведете точките за добавяне (напр. 50) или за отнемане (напр. -50).</translation>
    </message>
    <message>
        <source>At most %1 points can be added or taken away at once.</source>
        <translation>Наведнъж може да се добавят или отнемат най-много %1 т.</translation>
    </message>
    <message>
        <source>Say why: the reason goes into the member&apos;s history and the audit trail.</source>
        <translation>Посочете причина: тя се записва в историята на члена и в одитния журнал.</translation>
    </message>
    <message>
        <source>A reason has at most 200 characters.</source>
        <translation>Причината може да е най-много 200 знака.</translation>
    </message>
    <message>
        <source>%1 has %2 points: at most that many can be taken away.</source>
        <translation>%1 има %2 т.: не може да се отнемат повече.</translation>
    </message>
    <message>
        <source>Card %1 is blocked since %2. Ask for the member&apos;s phone number or another card.</source>
        <translation>Картата %1 е блокирана от %2. Поискайте телефонния номер на члена или друга карта.</translation>
    </message>
    <message>
        <source>Card %1 is blocked since %2 (%3). Ask for the member&apos;s phone number or another card.</source>
        <translation>Картата %1 е блокирана от %2 (%3). Поискайте телефонния номер на члена или друга карта.</translation>
    </message>
    <message>
        <source>%1 already has this phone number.</source>
        <translation>%1 вече има този телефонен номер.</translation>
    </message>
    <message>
        <source>%1 already has this e-mail address.</source>
        <translation>%1 вече има този имейл адрес.</translation>
    </message>
</context>
<context>
    <name>MemberValidation</name>
    <message>
        <source>It contains a broken character (half of a character pair).</source>
        <translation>Съдържа повреден знак (половин от двойка знаци).</translation>
    </message>
    <message>
        <source>It contains characters that could not be read (�): is the file in another encoding?</source>
        <translation>Съдържа знаци, които не могат да бъдат прочетени (�): файлът в друго кодиране ли е?</translation>
    </message>
    <message>
        <source>It contains control characters, which cannot be typed or printed.</source>
        <translation>Съдържа управляващи знаци, които не могат да бъдат въведени или отпечатани.</translation>
    </message>
    <message>
        <source>The name is not valid: %1</source>
        <translation>Името е невалидно: %1</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Въведете името на члена.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Името е твърде дълго: %2 знака при максимум %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + - ( ) only.</source>
        <translation>&quot;%1&quot; не е телефонен номер: използвайте само цифри, интервали и + - ( ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: a phone number has %2 to %3 digits.</source>
        <translation>&quot;%1&quot; не е телефонен номер: телефонният номер има от %2 до %3 цифри.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid: %1</source>
        <translation>Имейл адресът е невалиден: %1</translation>
    </message>
    <message>
        <source>An e-mail address has at most %1 characters.</source>
        <translation>Имейл адресът може да е най-много %1 знака.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it contains a space.</source>
        <translation>&quot;%1&quot; не е имейл адрес: съдържа интервал.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it contains &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; не е имейл адрес: съдържа &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it needs exactly one @.</source>
        <translation>&quot;%1&quot; не е имейл адрес: трябва да има точно един знак @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: check the part before the @.</source>
        <translation>&quot;%1&quot; не е имейл адрес: проверете частта преди @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: check the part after the @ (like shop.com).</source>
        <translation>&quot;%1&quot; не е имейл адрес: проверете частта след @ (напр. shop.com).</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, write the year with four digits (1990), or leave it out.</source>
        <translation>В &quot;%1&quot; напишете годината с четири цифри (1990) или я пропуснете.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: write it as 31.12 or 31.12.1990.</source>
        <translation>&quot;%1&quot; не е рожден ден: напишете го като 31.12 или 31.12.1990.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: there is no month %2.</source>
        <translation>&quot;%1&quot; не е рожден ден: няма месец %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: the year is before 1900.</source>
        <translation>&quot;%1&quot; не е рожден ден: годината е преди 1900.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: %2 is not a leap year.</source>
        <translation>&quot;%1&quot; не е рожден ден: %2 не е високосна година.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: that month has no day %2.</source>
        <translation>&quot;%1&quot; не е рожден ден: този месец няма ден %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: the date is in the future.</source>
        <translation>&quot;%1&quot; не е рожден ден: датата е в бъдещето.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Въведете номера на картата.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a card number a spreadsheet turned into a rounded number; format the column as text and export again.</source>
        <translation>&quot;%1&quot; е номер на карта, който програмата за таблици е превърнала в закръглено число; форматирайте колоната като текст и експортирайте отново.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card number: a card number has digits only.</source>
        <translation>&quot;%1&quot; не е номер на карта: номерът на карта съдържа само цифри.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card number: a card number has %2 to %3 digits.</source>
        <translation>&quot;%1&quot; не е номер на карта: номерът на карта има от %2 до %3 цифри.</translation>
    </message>
    <message>
        <source>Card number %1 has a wrong check digit (the last one): it was probably misread or mistyped.</source>
        <translation>Номерът на карта %1 има грешна контролна цифра (последната): вероятно е разчетен или въведен грешно.</translation>
    </message>
    <message>
        <source>The notes are not valid: %1</source>
        <translation>Забележките са невалидни: %1</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters; these have %2.</source>
        <translation>Забележките са твърде дълги: %2 знака при максимум %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points: an opening balance cannot be negative.</source>
        <translation>&quot;%1&quot;: началният баланс на точките не може да е отрицателен.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points: write a whole number, like 1240.</source>
        <translation>&quot;%1&quot; не е брой точки: напишете цяло число, напр. 1240.</translation>
    </message>
    <message>
        <source>%1 points is more than a member can hold.</source>
        <translation>%1 т. е повече, отколкото член може да има.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Затвори съобщението</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Въведете сума.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; не е сума.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use %2 for decimals, as in %3.</source>
        <translation>&quot;%1&quot; не е сума: използвайте %2 за десетичните, напр. %3.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals.</source>
        <translation>Сумите в %1 нямат десетични знаци.</translation>
    </message>
    <message numerus="yes">
        <source>An amount has at most %n decimal(s).</source>
        <translation>
            <numerusform>Сумата може да има най-много %n десетичен знак.</numerusform>
            <numerusform>Сумата може да има най-много %n десетични знака.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be added.</source>
        <translation>Суми в %1 и %2 не могат да се събират.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сумата е твърде голяма.</translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>The level period must be 1 to 120 months.</source>
        <translation>Периодът за нивата трябва да е от 1 до 120 месеца.</translation>
    </message>
    <message>
        <source>Level %1 needs a code and a name.</source>
        <translation>Ниво %1 трябва да има код и име.</translation>
    </message>
    <message>
        <source>%1: the threshold cannot be negative.</source>
        <translation>%1: прагът не може да е отрицателен.</translation>
    </message>
    <message>
        <source>%1 must need more spend than %2.</source>
        <translation>%1 трябва да изисква по-висока похарчена сума от %2.</translation>
    </message>
    <message>
        <source>%1: the points multiplier must be 0% to 1000%.</source>
        <translation>%1: множителят на точките трябва да е от 0% до 1000%.</translation>
    </message>
    <message>
        <source>%1: the discount must be 0% to 100%.</source>
        <translation>%1: отстъпката трябва да е от 0% до 100%.</translation>
    </message>
    <message>
        <source>The birthday window is 0 to 60 days on each side.</source>
        <translation>Периодът около рождения ден е от 0 до 60 дни от всяка страна.</translation>
    </message>
    <message>
        <source>The birthday bonus needs a number of points above zero.</source>
        <translation>Бонусът за рожден ден изисква брой точки над нула.</translation>
    </message>
    <message>
        <source>The birthday discount must be above 0% and at most 100%.</source>
        <translation>Отстъпката за рожден ден трябва да е над 0% и най-много 100%.</translation>
    </message>
    <message>
        <source>Choose the product given on birthdays.</source>
        <translation>Изберете артикула, който се подарява за рожден ден.</translation>
    </message>
    <message>
        <source>A stamp card needs a name.</source>
        <translation>Картата с печати трябва да има име.</translation>
    </message>
    <message>
        <source>%1: choose either one product or one category.</source>
        <translation>%1: изберете или един артикул, или една категория.</translation>
    </message>
    <message>
        <source>%1: the number to buy must be 1 to 100.</source>
        <translation>%1: броят за покупка трябва да е от 1 до 100.</translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1 свършва, преди да започне.</translation>
    </message>
    <message>
        <source>%1: the hours must have a start before their end.</source>
        <translation>%1: началният час трябва да е преди крайния.</translation>
    </message>
    <message>
        <source>%1: the discount must be above 0% and at most 100%, the threshold not negative.</source>
        <translation>%1: отстъпката трябва да е над 0% и най-много 100%, а прагът — неотрицателен.</translation>
    </message>
    <message>
        <source>%1: the points multiplier must be above 100% and at most 1000%.</source>
        <translation>%1: множителят на точките трябва да е над 100% и най-много 1000%.</translation>
    </message>
    <message>
        <source>%1 and %2 can apply at the same time: give one a higher priority.</source>
        <translation>%1 и %2 могат да се приложат едновременно: дайте на един от тях по-висок приоритет.</translation>
    </message>
    <message>
        <source>A point must be worth at least one minor unit (0.01).</source>
        <translation>Една точка трябва да струва поне една минимална единица (0.01).</translation>
    </message>
    <message>
        <source>The share of a check payable with points must be above 0% and at most 100%.</source>
        <translation>Делът от сметката, който може да се плати с точки, трябва да е над 0% и най-много 100%.</translation>
    </message>
    <message>
        <source>The minimum balance cannot be negative.</source>
        <translation>Минималният баланс не може да е отрицателен.</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>Плащането с точки е изключено в този магазин.</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Въведете брой точки над нула.</translation>
    </message>
    <message>
        <source>Points can be used from a balance of %1; the member has %2.</source>
        <translation>Точките могат да се използват при баланс от %1; членът има %2.</translation>
    </message>
    <message numerus="yes">
        <source>The member has %Ln point(s), fewer than %1.</source>
        <translation>
            <numerusform>Членът има %Ln точка, по-малко от %1.</numerusform>
            <numerusform>Членът има %Ln точки, по-малко от %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln point(s) can pay for this check.</source>
        <translation>
            <numerusform>С точки може да се плати най-много %Ln точка от тази сметка.</numerusform>
            <numerusform>С точки може да се платят най-много %Ln точки от тази сметка.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln point(s) are usable, fewer than %1.</source>
        <translation>
            <numerusform>Използваема е само %Ln точка, по-малко от %1.</numerusform>
            <numerusform>Използваеми са само %Ln точки, по-малко от %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayWithPointsDialog</name>
    <message>
        <source>Pay with points</source>
        <translation>Плащане с точки</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pay with points&lt;/b&gt;</source>
        <translation>&lt;b&gt;Плащане с точки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 has %2 points. On this sale: up to %3 points (%4).</source>
        <translation>%1 има %2 т. За тази продажба: до %3 т. (%4).</translation>
    </message>
    <message>
        <source>a number, or max</source>
        <translation>число или макс</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Точки</translation>
    </message>
    <message>
        <source>Use points (Enter)</source>
        <translation>Използвай точките (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отказ (Esc)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс</translation>
    </message>
    <message>
        <source>Type a whole number of points, or max.</source>
        <translation>Въведете цял брой точки или макс.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Ask the member: pay %1 with %2 points?</source>
        <translation>Попитайте члена: да се платят ли %1 с %2 т.?</translation>
    </message>
    <message>
        <source>Member agrees (Enter)</source>
        <translation>Членът е съгласен (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln point(s) on this sale.</source>
        <translation>
            <numerusform>Най-много %Ln точка за тази продажба.</numerusform>
            <numerusform>Най-много %Ln точки за тази продажба.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Record a sale</source>
        <translation>Записване на продажба</translation>
    </message>
    <message>
        <source>Enrol a member</source>
        <translation>Регистриране на член</translation>
    </message>
    <message>
        <source>Edit a member</source>
        <translation>Редактиране на член</translation>
    </message>
    <message>
        <source>Replace a lost card</source>
        <translation>Замяна на изгубена карта</translation>
    </message>
    <message>
        <source>See full phone and e-mail</source>
        <translation>Преглед на пълния телефон и имейл</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>Връщане на продажба</translation>
    </message>
    <message>
        <source>Void a sale</source>
        <translation>Анулиране на продажба</translation>
    </message>
    <message>
        <source>Adjust points by hand</source>
        <translation>Ръчна корекция на точки</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>Обединяване на двама членове</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data</source>
        <translation>Заличаване на личните данни на член</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Импорт на членове</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Експорт на лични данни</translation>
    </message>
    <message>
        <source>Change the loyalty program</source>
        <translation>Промяна на програмата за лоялност</translation>
    </message>
    <message>
        <source>Read reports</source>
        <translation>Преглед на отчети</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Преглед на одитния журнал</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Резервно копие сега</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
    <message>
        <source>Exchange data with head office</source>
        <translation>Обмен на данни с централата</translation>
    </message>
    <message>
        <source>Manage staff and PINs</source>
        <translation>Управление на персонала и PIN кодовете</translation>
    </message>
    <message>
        <source>Change shop settings</source>
        <translation>Промяна на настройките на магазина</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>касиер</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>управител</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN кодът има от %1 до %2 цифри.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN кодът съдържа само цифри.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: avoid one digit repeated or a run like 1234.</source>
        <translation>Този PIN е твърде лесен за отгатване: избягвайте една повтаряща се цифра или поредица като 1234.</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>The member&apos;s stamps cannot be read.</source>
        <translation>Печатите на члена не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The stamps cannot be recorded.</source>
        <translation>Печатите не могат да бъдат записани.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>The sale has no lines yet.</source>
        <translation>Продажбата все още няма редове.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: price and quantity must be above zero.</source>
        <translation>&quot;%1&quot;: цената и количеството трябва да са над нула.</translation>
    </message>
    <message>
        <source>The total is above this shop&apos;s limit for one sale.</source>
        <translation>Сумата надвишава лимита на магазина за една продажба.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n free</source>
        <translation>
            <numerusform>%1: %n безплатно</numerusform>
            <numerusform>%1: %n безплатни</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: %1 free</source>
        <translation>Рожден ден: %1 безплатно</translation>
    </message>
    <message>
        <source>%1 −%2%</source>
        <translation>%1 −%2%</translation>
    </message>
    <message>
        <source>Birthday −%1%</source>
        <translation>Рожден ден −%1%</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Въведете брой точки над нула.</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %n point(s)</source>
        <translation>
            <numerusform>Платено с %n точка</numerusform>
            <numerusform>Платено с %n точки</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус за рожден ден</translation>
    </message>
    <message>
        <source>Two %1 share the code &quot;%2&quot;.</source>
        <translation>%1: два записа имат един и същ код &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: a stamp card needs a code.</source>
        <translation>%1: картата с печати трябва да има код.</translation>
    </message>
    <message>
        <source>club levels</source>
        <translation>клубни нива</translation>
    </message>
    <message>
        <source>stamp cards</source>
        <translation>карти с печати</translation>
    </message>
    <message>
        <source>promotions</source>
        <translation>промоции</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>The products cannot be read.</source>
        <translation>Артикулите не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>A product needs a code of 1 to 32 characters.</source>
        <translation>Артикулът трябва да има код от 1 до 32 знака.</translation>
    </message>
    <message>
        <source>A product needs a name of 1 to 80 characters.</source>
        <translation>Артикулът трябва да има име от 1 до 80 знака.</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>Цената трябва да е над нула.</translation>
    </message>
    <message>
        <source>Quick keys are 1 to 9.</source>
        <translation>Бързите клавиши са от 1 до 9.</translation>
    </message>
    <message>
        <source>The code %1 is taken by %2.</source>
        <translation>Кодът %1 е зает от %2.</translation>
    </message>
    <message>
        <source>Alt+%1 is %2&apos;s quick key.</source>
        <translation>Alt+%1 е бързият клавиш на %2.</translation>
    </message>
    <message>
        <source>The product cannot be saved.</source>
        <translation>Артикулът не може да бъде запазен.</translation>
    </message>
</context>
<context>
    <name>ProgramCodec</name>
    <message>
        <source>The loyalty program setting %1 has a value of the wrong kind.</source>
        <translation>Настройката %1 на програмата за лоялност има стойност от грешен тип.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: &quot;%2&quot; не е цяло число.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a percentage such as 5 or 2.5.</source>
        <translation>%1: &quot;%2&quot; не е процент, напр. 5 или 2.5.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (2026-12-31).</source>
        <translation>%1: &quot;%2&quot; не е дата (2026-12-31).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time (15:00).</source>
        <translation>%1: &quot;%2&quot; не е час (15:00).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добави</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Премахни</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Програма за лоялност</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loyalty program&lt;/b&gt; — a change takes effect at the moment below and never changes a sale already made</source>
        <translation>&lt;b&gt;Програма за лоялност&lt;/b&gt; — промяната влиза в сила в посочения по-долу момент и никога не променя вече направена продажба</translation>
    </message>
    <message>
        <source>Down (9.99 earns 9)</source>
        <translation>Надолу (9.99 дава 9)</translation>
    </message>
    <message>
        <source>To the nearest (9.50 earns 10)</source>
        <translation>До най-близкото (9.50 дава 10)</translation>
    </message>
    <message>
        <source>Up (9.01 earns 10)</source>
        <translation>Нагоре (9.01 дава 10)</translation>
    </message>
    <message>
        <source>categories, separated by commas</source>
        <translation>категории, разделени със запетаи</translation>
    </message>
    <message>
        <source>product codes, separated by commas</source>
        <translation>кодове на артикули, разделени със запетаи</translation>
    </message>
    <message>
        <source>&amp;Points given</source>
        <translation>Дадени &amp;точки</translation>
    </message>
    <message>
        <source>… for every &amp;amount paid</source>
        <translation>… за всяка платена &amp;сума</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>&amp;Закръгляне</translation>
    </message>
    <message>
        <source>Points &amp;expire after (months, 0 = never)</source>
        <translation>Точките &amp;изтичат след (месеци, 0 = никога)</translation>
    </message>
    <message>
        <source>&amp;Categories that earn nothing</source>
        <translation>&amp;Категории без натрупване</translation>
    </message>
    <message>
        <source>Pro&amp;ducts that earn nothing</source>
        <translation>&amp;Артикули без натрупване</translation>
    </message>
    <message>
        <source>&amp;Welcome bonus (points)</source>
        <translation>&amp;Бонус за добре дошли (точки)</translation>
    </message>
    <message>
        <source>Re&amp;ferral bonus for both (points)</source>
        <translation>Бонус за &amp;препоръка и за двамата (точки)</translation>
    </message>
    <message>
        <source>&amp;Largest sale</source>
        <translation>&amp;Максимална продажба</translation>
    </message>
    <message>
        <source>Ask CSAT: how was it today (1–5)</source>
        <translation>Питай за CSAT: как беше днес (1–5)</translation>
    </message>
    <message>
        <source>Ask NPS: would they recommend us (0–10)</source>
        <translation>Питай за NPS: биха ли ни препоръчали (0–10)</translation>
    </message>
    <message>
        <source>Do not ask</source>
        <translation>Не питай</translation>
    </message>
    <message>
        <source>Feedback after a &amp;member sale</source>
        <translation>Обратна връзка след продажба на &amp;член</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Spend to reach</source>
        <translation>Сума за достигане</translation>
    </message>
    <message>
        <source>Points × %</source>
        <translation>Точки × %</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Отстъпка %</translation>
    </message>
    <message>
        <source>Spend counted over (&amp;months)</source>
        <translation>Похарчена сума за (&amp;месеци)</translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation>&amp;Нива</translation>
    </message>
    <message>
        <source>Club levels</source>
        <translation>Клубни нива</translation>
    </message>
    <message>
        <source>&amp;Birthday offer</source>
        <translation>Оферта за рожден &amp;ден</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Бонус точки</translation>
    </message>
    <message>
        <source>Percent off the sale</source>
        <translation>Процент отстъпка от продажбата</translation>
    </message>
    <message>
        <source>A free product</source>
        <translation>Безплатен артикул</translation>
    </message>
    <message>
        <source>Days &amp;before the birthday</source>
        <translation>Дни &amp;преди рождения ден</translation>
    </message>
    <message>
        <source>Days &amp;after</source>
        <translation>Дни &amp;след</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Оферта</translation>
    </message>
    <message>
        <source>Bonus &amp;points</source>
        <translation>Бонус &amp;точки</translation>
    </message>
    <message>
        <source>Percent o&amp;ff</source>
        <translation>Про&amp;цент отстъпка</translation>
    </message>
    <message>
        <source>Free product (&amp;code)</source>
        <translation>Безплатен артикул (&amp;код)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Код на артикул</translation>
    </message>
    <message>
        <source>or category</source>
        <translation>или категория</translation>
    </message>
    <message>
        <source>Buy (then 1 free)</source>
        <translation>Купи (след това 1 безплатно)</translation>
    </message>
    <message>
        <source>Stamp cards</source>
        <translation>Карти с печати</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Край</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Дни от седмицата</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Над</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Kind: discount or points. Dates 2026-12-31 and times 15:00 may stay empty (always); weekdays 1 = Monday … 7, e.g. 6,7.</source>
        <translation>Вид: отстъпка или точки. Датите 2026-12-31 и часовете 15:00 може да останат празни (винаги); дни от седмицата 1 = понеделник … 7, напр. 6,7.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Промоции</translation>
    </message>
    <message>
        <source>Members may &amp;pay with points</source>
        <translation>Членовете могат да &amp;плащат с точки</translation>
    </message>
    <message>
        <source>Points &amp;earned on the part paid with points too</source>
        <translation>Точки се &amp;натрупват и за частта, платена с точки</translation>
    </message>
    <message>
        <source>One point &amp;pays</source>
        <translation>Една точка &amp;струва</translation>
    </message>
    <message>
        <source>At most this &amp;share of the check (%)</source>
        <translation>Най-много този &amp;дял от сметката (%)</translation>
    </message>
    <message>
        <source>Only from a &amp;balance of (points)</source>
        <translation>Само при &amp;баланс от (точки)</translation>
    </message>
    <message>
        <source>Paying with points</source>
        <translation>Плащане с точки</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>В сила от</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Запазено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>why, for the history (optional)</source>
        <translation>защо, за историята (по избор)</translation>
    </message>
    <message>
        <source>&amp;Takes effect</source>
        <translation>&amp;Влиза в сила</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Бе&amp;лежка</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Запази (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отказ (Esc)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>точки</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>отстъпка</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Дадени точки</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Платена сума</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Изтичане</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Бонус за добре дошли</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>Бонус за препоръка</translation>
    </message>
    <message>
        <source>Largest sale</source>
        <translation>Максимална продажба</translation>
    </message>
    <message>
        <source>Level period</source>
        <translation>Период за нивата</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Ниво %1</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Дни преди</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>Дни след</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус за рожден ден</translation>
    </message>
    <message>
        <source>Birthday percent</source>
        <translation>Процент за рожден ден</translation>
    </message>
    <message>
        <source>Stamp card %1</source>
        <translation>Карта с печати %1</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>Промоция %1</translation>
    </message>
    <message>
        <source>One point pays</source>
        <translation>Една точка струва</translation>
    </message>
    <message>
        <source>Share of the check</source>
        <translation>Дял от сметката</translation>
    </message>
    <message>
        <source>Minimum balance</source>
        <translation>Минимален баланс</translation>
    </message>
</context>
<context>
    <name>ProgramService</name>
    <message>
        <source>The loyalty program cannot be read.</source>
        <translation>Програмата за лоялност не може да бъде прочетена.</translation>
    </message>
    <message>
        <source>The loyalty program begins on %1; nothing can be recorded before it.</source>
        <translation>Програмата за лоялност започва на %1; преди това нищо не може да се записва.</translation>
    </message>
    <message>
        <source>This terminal has no loyalty program yet.</source>
        <translation>Този терминал все още няма програма за лоялност.</translation>
    </message>
    <message>
        <source>That version of the loyalty program does not exist.</source>
        <translation>Тази версия на програмата за лоялност не съществува.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <source>A change takes effect now or later: past sales keep the rules they were made with.</source>
        <translation>Промяната влиза в сила сега или по-късно: минали продажби запазват правилата, с които са направени.</translation>
    </message>
    <message>
        <source>A note has at most 200 characters.</source>
        <translation>Бележката може да е най-много 200 знака.</translation>
    </message>
    <message>
        <source>earn rate</source>
        <translation>правило за натрупване</translation>
    </message>
    <message>
        <source>The loyalty program settings are inconsistent: %1</source>
        <translation>Настройките на програмата за лоялност са противоречиви: %1</translation>
    </message>
    <message>
        <source>The loyalty program could not be saved.</source>
        <translation>Програмата за лоялност не можа да бъде запазена.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt %1</source>
        <translation>Бележка %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receipt %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Бележка %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer&apos;s words (optional); Enter saves</source>
        <translation>Думите на клиента (по избор); Enter запазва</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>&amp;Печат (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF (Ctrl+S)</source>
        <translation>&amp;Запази като PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Next sale (Enter)</source>
        <translation>Следваща продажба (Enter)</translation>
    </message>
    <message>
        <source>Esc or the next scan skips.</source>
        <translation>Esc или следващото сканиране пропуска.</translation>
    </message>
    <message>
        <source>The answer is %1 to %2.</source>
        <translation>Отговорът е от %1 до %2.</translation>
    </message>
    <message>
        <source>Thank you: %1 saved. A comment? Type it and press Enter; Esc skips.</source>
        <translation>Благодарим: %1 е запазено. Коментар? Въведете го и натиснете Enter; Esc пропуска.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF файлът не можа да бъде записан в %1.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Изпратено към %1.</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Запазване на бележката като PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлове (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Запазено в %1.</translation>
    </message>
</context>
<context>
    <name>ReceiptFormat</name>
    <message>
        <source>REFUND %1 (receipt %2)</source>
        <translation>ВРЪЩАНЕ %1 (бележка %2)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Бележка %1</translation>
    </message>
    <message>
        <source>%1  %2 × %3</source>
        <translation>%1  %2 × %3</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Междинна сума</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 т.</translation>
    </message>
    <message>
        <source>Points given back (%1)</source>
        <translation>Върнати точки (%1)</translation>
    </message>
    <message>
        <source>GIVEN BACK</source>
        <translation>ВЪРНАТО</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ОБЩО</translation>
    </message>
    <message>
        <source>%1 · card …%2</source>
        <translation>%1 · карта …%2</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Натрупани точки</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <translation>Отнети точки</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Използвани точки</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 т.</translation>
    </message>
    <message>
        <source>Spend %1 more for %2.</source>
        <translation>Още %1 до %2.</translation>
    </message>
    <message>
        <source>Club level: %1.</source>
        <translation>Клубно ниво: %1.</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Обслужил: %1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Благодарим Ви!</translation>
    </message>
    <message>
        <source>The receipt cannot be read.</source>
        <translation>Бележката не може да бъде прочетена.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till.</source>
        <translation>Няма бележка %1 на тази каса.</translation>
    </message>
    <message>
        <source>This sale does not exist.</source>
        <translation>Тази продажба не съществува.</translation>
    </message>
    <message>
        <source>(erased member)</source>
        <translation>(заличен член)</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <translation>
            <numerusform>Платено с %Ln точка</numerusform>
            <numerusform>Платено с %Ln точки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) had already been used: the balance is below zero.</source>
        <translation>
            <numerusform>%Ln точка вече е била използвана: балансът е под нула.</numerusform>
            <numerusform>%Ln точки вече са били използвани: балансът е под нула.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1.</source>
        <translation>
            <numerusform>%Ln точка изтича на %1.</numerusform>
            <numerusform>%Ln точки изтичат на %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Give a sale back</source>
        <translation>Връщане на продажба</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give a sale back&lt;/b&gt;</source>
        <translation>&lt;b&gt;Връщане на продажба&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. wrong order, the customer changed their mind</source>
        <translation>напр. грешна поръчка, клиентът се е отказал</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продадени</translation>
    </message>
    <message>
        <source>Back already</source>
        <translation>Вече върнати</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>За връщане</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Бележка</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Редове</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Give back (Enter)</source>
        <translation>Върни (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отказ (Esc)</translation>
    </message>
    <message>
        <source>Type the receipt number.</source>
        <translation>Въведете номера на бележката.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 points earned</source>
        <translation>%1 · %2 · натрупани точки: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of items.</source>
        <translation>&quot;%1&quot; не е брой артикули.</translation>
    </message>
    <message>
        <source>Nothing to give back: every quantity is 0.</source>
        <translation>Нищо за връщане: всички количества са 0.</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>The sale cannot be read.</source>
        <translation>Продажбата не може да бъде прочетена.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till.</source>
        <translation>Няма бележка %1 на тази каса.</translation>
    </message>
    <message>
        <source>This sale does not exist.</source>
        <translation>Тази продажба не съществува.</translation>
    </message>
    <message>
        <source>Say why the sale is given back: the reason goes into the audit trail.</source>
        <translation>Посочете защо се връща продажбата: причината се записва в одитния журнал.</translation>
    </message>
    <message>
        <source>A reason has at most 200 characters.</source>
        <translation>Причината може да е най-много 200 знака.</translation>
    </message>
    <message>
        <source>Receipt %1 is itself a refund.</source>
        <translation>Бележка %1 сама по себе си е връщане.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>Бележка %1 няма ред %2.</translation>
    </message>
    <message>
        <source>Receipt %1: only %2 of &quot;%3&quot; can still be given back.</source>
        <translation>Бележка %1: от &quot;%3&quot; могат да се върнат още само %2.</translation>
    </message>
    <message>
        <source>Receipt %1 was already given back (refund receipt %2).</source>
        <translation>Бележка %1 вече е върната (бележка за връщане %2).</translation>
    </message>
    <message>
        <source>Choose what is given back: no quantity was entered.</source>
        <translation>Изберете какво се връща: не е въведено количество.</translation>
    </message>
    <message>
        <source>Receipt %1 given back: %2</source>
        <translation>Върната бележка %1: %2</translation>
    </message>
    <message>
        <source>The member&apos;s stamps cannot be read.</source>
        <translation>Печатите на члена не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The refund cannot be saved.</source>
        <translation>Връщането не може да бъде запазено.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation>Изберете първия и последния ден на отчета.</translation>
    </message>
    <message>
        <source>The range ends before it starts: %1 is before %2.</source>
        <translation>Периодът свършва, преди да започне: %1 е преди %2.</translation>
    </message>
    <message>
        <source>A report covers at most ten years.</source>
        <translation>Отчетът може да обхваща най-много десет години.</translation>
    </message>
    <message>
        <source>The sales cannot be read.</source>
        <translation>Продажбите не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The points cannot be read.</source>
        <translation>Точките не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The refunds cannot be read.</source>
        <translation>Връщанията не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The members cannot be read.</source>
        <translation>Членовете не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The feedback cannot be read.</source>
        <translation>Обратната връзка не може да бъде прочетена.</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>рожден ден %1</translation>
    </message>
    <message>
        <source>%1 pts expire on %2</source>
        <translation>%1 т. изтичат на %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>последно посещение %1</translation>
    </message>
    <message>
        <source>balance %1 pts</source>
        <translation>баланс %1 т.</translation>
    </message>
    <message>
        <source>spent %1</source>
        <translation>похарчени %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нови</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Шампиони</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активни</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В риск</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Загубени</translation>
    </message>
    <message>
        <source>The cohorts cannot be read.</source>
        <translation>Кохортите не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 не може да бъде записан: %2</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Отчети&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Всички каси</translation>
    </message>
    <message>
        <source>The tills cannot be read.</source>
        <translation>Касите не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По дни</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По седмици</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месеци</translation>
    </message>
    <message>
        <source>Run (F5)</source>
        <translation>Изпълни (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation>Рождени дни през следващите 14 дни</translation>
    </message>
    <message>
        <source>Points expiring in the next 30 days</source>
        <translation>Точки, изтичащи през следващите 30 дни</translation>
    </message>
    <message>
        <source>Not seen for 60 days (win-back)</source>
        <translation>Без посещение от 60 дни (за връщане)</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>Топ членове</translation>
    </message>
    <message>
        <source>Balances below zero</source>
        <translation>Баланси под нула</translation>
    </message>
    <message>
        <source>Export for &amp;SMS…</source>
        <translation>Експорт за &amp;SMS…</translation>
    </message>
    <message>
        <source>Export for &amp;e-mail…</source>
        <translation>Експорт за &amp;имейл…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Похарчено</translation>
    </message>
    <message>
        <source>Contact allowed</source>
        <translation>Разрешен контакт</translation>
    </message>
    <message>
        <source>Action lists</source>
        <translation>Списъци за действие</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Дял</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последно посещение</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Кохорти</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Запазване на отчета като PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлове (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Запазено в %1.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Запазване на отчета като CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлове (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the period and press &lt;b&gt;Run&lt;/b&gt; (F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Изберете периода и натиснете &lt;b&gt;Изпълни&lt;/b&gt; (F5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The reports were cancelled.</source>
        <translation>Отчетите са отменени.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажби</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Оборот</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Връщания</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средна сметка</translation>
    </message>
    <message>
        <source>Members&apos; share of revenue</source>
        <translation>Дял на членовете в оборота</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Дадени отстъпки</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Издадени</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Изразходвани</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Изтекли</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Коригирани</translation>
    </message>
    <message>
        <source>Outstanding now</source>
        <translation>Неизползвани в момента</translation>
    </message>
    <message>
        <source>Refunds that left a balance below zero</source>
        <translation>Връщания, довели до баланс под нула</translation>
    </message>
    <message>
        <source>%1 (%2 pts)</source>
        <translation>%1 (%2 т.)</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Задължения по точки</translation>
    </message>
    <message>
        <source>— (paying with points is off)</source>
        <translation>— (плащането с точки е изключено)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нови</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активни</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Дял на повторните покупки</translation>
    </message>
    <message>
        <source>Average visits</source>
        <translation>Среден брой посещения</translation>
    </message>
    <message>
        <source>Retention (CRR)</source>
        <translation>Задържане (CRR)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отлив</translation>
    </message>
    <message>
        <source>Lifetime value (CLV)</source>
        <translation>Стойност на клиента (CLV)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратна връзка</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Отговори NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Отговори CSAT</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Няма продажби за този период.</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Оборот (%1)</translation>
    </message>
    <message>
        <source>NPS and CSAT by month</source>
        <translation>NPS и CSAT по месеци</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>няма отговори</translation>
    </message>
    <message>
        <source>Members by segment</source>
        <translation>Членове по сегменти</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <source>Joined (members)</source>
        <translation>Присъединени (членове)</translation>
    </message>
    <message>
        <source>Month 0</source>
        <translation>Месец 0</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>имейл</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>Run the reports first (F5).</source>
        <translation>Първо изпълнете отчетите (F5).</translation>
    </message>
    <message>
        <source>Save the list as CSV</source>
        <translation>Запазване на списъка като CSV</translation>
    </message>
    <message>
        <source>%1 members who allow it were written to %2.</source>
        <translation>Членове със съгласие, записани в %2: %1.</translation>
    </message>
    <message>
        <source>Cohorts: share of each month&apos;s new members who bought, by months since joining</source>
        <translation>Кохорти: дял на новите членове от всеки месец, които са пазарували, по месеци от присъединяването</translation>
    </message>
    <message>
        <source>%1: reports</source>
        <translation>%1: отчети</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 не може да бъде записан.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 не може да бъде записан: %2</translation>
    </message>
    <message>
        <source>Expired points are still being settled (%1 %): points figures are as of %2.</source>
        <translation>Изтеклите точки все още се уреждат (%1 %): данните за точките са към %2.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The sale has no lines: enter an amount first.</source>
        <translation>Продажбата няма редове: първо въведете сума.</translation>
    </message>
    <message>
        <source>The sale is in %1 but the shop counts in %2.</source>
        <translation>Продажбата е в %1, а магазинът работи в %2.</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; must be more than zero.</source>
        <translation>Цената на &quot;%1&quot; трябва да е над нула.</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be between 1 and %2.</source>
        <translation>Количеството на &quot;%1&quot; трябва да е между 1 и %2.</translation>
    </message>
    <message>
        <source>The sale would be over %1: check the amounts.</source>
        <translation>Продажбата би надхвърлила %1: проверете сумите.</translation>
    </message>
    <message>
        <source>The shop currency must be a three-letter ISO code such as EUR.</source>
        <translation>Валутата на магазина трябва да е трибуквен ISO код, напр. EUR.</translation>
    </message>
    <message>
        <source>Points per amount cannot be negative.</source>
        <translation>Точките за сума не могат да са отрицателни.</translation>
    </message>
    <message>
        <source>The amount that earns points must be more than zero.</source>
        <translation>Сумата, за която се натрупват точки, трябва да е над нула.</translation>
    </message>
    <message>
        <source>Points expire after 0 (never) to 1200 months.</source>
        <translation>Точките изтичат след 0 (никога) до 1200 месеца.</translation>
    </message>
    <message>
        <source>The largest sale must be more than zero.</source>
        <translation>Максималната продажба трябва да е над нула.</translation>
    </message>
    <message>
        <source>The largest quantity must be more than zero.</source>
        <translation>Максималното количество трябва да е над нула.</translation>
    </message>
    <message>
        <source>The welcome bonus is 0 to 1,000,000 points.</source>
        <translation>Бонусът за добре дошли е от 0 до 1 000 000 точки.</translation>
    </message>
    <message>
        <source>Feedback is asked as CSAT, NPS or not at all.</source>
        <translation>Обратна връзка се иска като CSAT, NPS или изобщо не.</translation>
    </message>
    <message>
        <source>The referral bonus is 0 to 1,000,000 points.</source>
        <translation>Бонусът за препоръка е от 0 до 1 000 000 точки.</translation>
    </message>
</context>
<context>
    <name>SaleLinesModel</name>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сума</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 т.</translation>
    </message>
    <message>
        <source>Scan a card, or type a phone number or name…</source>
        <translation>Сканирайте карта или въведете телефон или име…</translation>
    </message>
    <message>
        <source>Card or phone number</source>
        <translation>Карта или телефонен номер</translation>
    </message>
    <message>
        <source>Enter: find · F2: new member · Esc: clear</source>
        <translation>Enter: търсене · F2: нов член · Esc: изчистване</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>Намерени членове</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добави ред</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Сума (%1)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <source>%1
%2  ·  Alt+%3</source>
        <translation>%1
%2  ·  Alt+%3</translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation>Редове на продажбата</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Изчисти (Esc)</translation>
    </message>
    <message>
        <source>Complete sale (Enter / F12)</source>
        <translation>Приключи продажбата (Enter / F12)</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;. F2 enrolls a new member.</source>
        <translation>Няма член, който да съвпада с &quot;%1&quot;. F2 регистрира нов член.</translation>
    </message>
    <message>
        <source>The first %1 matches: type more to narrow them. ↓ to choose, Enter to take.</source>
        <translation>Първите %1 съвпадения: въведете повече, за да стесните. ↓ за избор, Enter за потвърждение.</translation>
    </message>
    <message>
        <source>%1 found. ↓ to choose, Enter to take.</source>
        <translation>Намерени: %1. ↓ за избор, Enter за потвърждение.</translation>
    </message>
    <message>
        <source>The sale is now for %1.</source>
        <translation>Продажбата вече е за %1.</translation>
    </message>
    <message>
        <source>Type the amount, then press Enter.</source>
        <translation>Въведете сумата и натиснете Enter.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумата трябва да е над нула.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 up.</source>
        <translation>Количеството трябва да е цяло число от 1 нагоре.</translation>
    </message>
    <message>
        <source>The sale has no lines: type the amount first.</source>
        <translation>Продажбата няма редове: първо въведете сумата.</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2. %3 earned %4; balance %5.</source>
        <translation>Продажба %1 е записана: %2. %3 натрупа %4; баланс %5.</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 т.</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2 (walk-in).</source>
        <translation>Продажба %1 е записана: %2 (без карта).</translation>
    </message>
    <message>
        <source>Welcome to %1!</source>
        <translation>Добре дошли в ниво %1!</translation>
    </message>
    <message>
        <source>Welcome, %1! Card %2 is ready to collect points.</source>
        <translation>Добре дошли, %1! Карта %2 е готова за трупане на точки.</translation>
    </message>
    <message>
        <source>Merge cancelled.</source>
        <translation>Обединяването е отменено.</translation>
    </message>
    <message>
        <source>Happy birthday, %1! This sale brings %2.</source>
        <translation>Честит рожден ден, %1! Тази продажба носи %2.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Общо %1</translation>
    </message>
    <message>
        <source>Type the amount, then Enter.</source>
        <translation>Въведете сумата, после Enter.</translation>
    </message>
    <message>
        <source>Points payment removed: %1</source>
        <translation>Плащането с точки е премахнато: %1</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Междинна сума %1</translation>
    </message>
    <message>
        <source>%1   −%2</source>
        <translation>%1   −%2</translation>
    </message>
    <message>
        <source>%1   +%2 pts</source>
        <translation>%1   +%2 т.</translation>
    </message>
    <message>
        <source>This sale reaches %1.</source>
        <translation>Тази продажба достига ниво %1.</translation>
    </message>
    <message>
        <source>Earns %1</source>
        <translation>Натрупва %1</translation>
    </message>
    <message>
        <source>Walk-in: no points</source>
        <translation>Без карта: без точки</translation>
    </message>
    <message>
        <source>pay with points</source>
        <translation>плащане с точки</translation>
    </message>
    <message>
        <source>Add the items first: the points pay part of the check.</source>
        <translation>Първо добавете артикулите: точките плащат част от сметката.</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>Плащането с точки е изключено в този магазин.</translation>
    </message>
    <message>
        <source>%1 has no points to pay with.</source>
        <translation>%1 няма точки, с които да плати.</translation>
    </message>
    <message>
        <source>Find the member first (scan the card or type the name or phone), then %1.</source>
        <translation>Първо намерете члена (сканирайте картата или въведете име или телефон), после %1.</translation>
    </message>
    <message>
        <source>F4 to edit</source>
        <translation>F4 за редакция</translation>
    </message>
    <message>
        <source>%1: changes saved.</source>
        <translation>%1: промените са запазени.</translation>
    </message>
    <message>
        <source>F7 for a lost card</source>
        <translation>F7 за изгубена карта</translation>
    </message>
    <message>
        <source>Card %1 now belongs to %2; the lost card is blocked. %3 kept.</source>
        <translation>Картата %1 вече е на %2; изгубената карта е блокирана. Запазени: %3.</translation>
    </message>
    <message>
        <source>Ctrl+M to merge</source>
        <translation>Ctrl+M за обединяване</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>Обединяване на двама членове</translation>
    </message>
    <message>
        <source>Not merged: merging members needs a manager.</source>
        <translation>Не е обединено: обединяването на членове изисква управител.</translation>
    </message>
    <message>
        <source>Merge into %1: find the other record of the same person (type the name, phone or card, ↓ and Enter). Esc cancels.</source>
        <translation>Обединяване в %1: намерете другия запис на същия човек (въведете име, телефон или карта, ↓ и Enter). Esc отказва.</translation>
    </message>
    <message>
        <source>That is %1 again: find the other record, or Esc to cancel.</source>
        <translation>Това отново е %1: намерете другия запис или Esc за отказ.</translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation>Обединяване на членове</translation>
    </message>
    <message>
        <source>Keep %1 (%2 pts, %3 visits) and move everything of %4 (%5 pts, %6 visits) to it: cards, purchases and points. %4 then disappears from search. This cannot be undone.</source>
        <translation>Запазва се %1 (%2 т., посещения: %3) и към него се прехвърля всичко на %4 (%5 т., посещения: %6): карти, покупки и точки. След това %4 изчезва от търсенето. Това не може да бъде отменено.</translation>
    </message>
    <message>
        <source>Merge (Enter)</source>
        <translation>Обедини (Enter)</translation>
    </message>
    <message>
        <source>Not merged. Find another record, or Esc to cancel the merge.</source>
        <translation>Не е обединено. Намерете друг запис или Esc, за да откажете обединяването.</translation>
    </message>
    <message>
        <source>%1 merged into %2: %3 cards, %4 purchases and %5 moved; balance %6.</source>
        <translation>%1 е обединен с %2: прехвърлени са карти: %3, покупки: %4 и %5; баланс %6.</translation>
    </message>
    <message>
        <source>Give a sale back</source>
        <translation>Връщане на продажба</translation>
    </message>
    <message>
        <source>Nothing was given back: a refund needs a manager.</source>
        <translation>Нищо не е върнато: връщането изисква управител.</translation>
    </message>
    <message>
        <source>Refund %1: %2 given back; %3 points taken back.</source>
        <translation>Връщане %1: върнати %2; отнети точки: %3.</translation>
    </message>
    <message>
        <source>Ctrl+P to adjust points</source>
        <translation>Ctrl+P за корекция на точки</translation>
    </message>
    <message>
        <source>Adjust points by hand</source>
        <translation>Ръчна корекция на точки</translation>
    </message>
    <message>
        <source>No points changed: adjusting points needs a manager.</source>
        <translation>Точките не са променени: корекцията на точки изисква управител.</translation>
    </message>
    <message>
        <source>Points adjusted: the balance is now %1.</source>
        <translation>Точките са коригирани: балансът вече е %1.</translation>
    </message>
    <message>
        <source>F9 to erase</source>
        <translation>F9 за заличаване</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data</source>
        <translation>Заличаване на личните данни на член</translation>
    </message>
    <message>
        <source>Not erased: erasing a member needs a manager.</source>
        <translation>Не е заличено: заличаването на член изисква управител.</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>ЗАЛИЧИ</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>Заличаване на член</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (#%2) at their request? Name, phone, e-mail, birthday, notes and consents are removed and their cards blocked; their purchases and points stay in the books, without their name. This cannot be undone.</source>
        <translation>Да се заличат ли личните данни на %1 (#%2) по негово искане? Име, телефон, имейл, рожден ден, забележки и съгласия се премахват, а картите се блокират; покупките и точките остават в отчетността, без името. Това не може да бъде отменено.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Заличи</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Нищо не е заличено.</translation>
    </message>
    <message>
        <source>The personal data of member #%1 was erased. The sale in progress is now a walk-in.</source>
        <translation>Личните данни на член #%1 са заличени. Текущата продажба вече е без карта.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %Ln point(s) to pay with them.</source>
        <translation>
            <numerusform>%1 трябва да има поне %Ln точка, за да плаща с точки.</numerusform>
            <numerusform>%1 трябва да има поне %Ln точки, за да плаща с точки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Като системата (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Език</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation>Валута на магазина</translation>
    </message>
    <message>
        <source>Chosen when the terminal was set up: every sale, refund and the loyalty program count in it.</source>
        <translation>Избрана при настройването на терминала: в нея се отчитат всички продажби, връщания и програмата за лоялност.</translation>
    </message>
    <message>
        <source>Money and dates</source>
        <translation>Пари и дати</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Облик</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Като системата</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светъл</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тъмен</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Облик</translation>
    </message>
    <message>
        <source>A new language or appearance shows once the terminal opens its screen again: whoever is signed in signs in again.</source>
        <translation>Новият език или облик се показва, когато терминалът отвори екрана отново: влезлият служител влиза отново.</translation>
    </message>
</context>
<context>
    <name>SettleRunner</name>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка на базата данни…</translation>
    </message>
    <message>
        <source>Expired points could not be settled: %1</source>
        <translation>Изтеклите точки не можаха да бъдат уредени: %1</translation>
    </message>
    <message>
        <source>Club levels could not be reviewed: %1</source>
        <translation>Клубните нива не можаха да бъдат преизчислени: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавишни комбинации</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>На касата</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>key</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>After a card, a phone number or a name: find the member</source>
        <translation>След карта, телефонен номер или име: намиране на члена</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Обратно към полето за търсене</translation>
    </message>
    <message>
        <source>Enrol a new member</source>
        <translation>Регистриране на нов член</translation>
    </message>
    <message>
        <source>After an amount: add the line; on an empty amount: complete the sale</source>
        <translation>След сума: добавяне на реда; при празна сума: приключване на продажбата</translation>
    </message>
    <message>
        <source>Complete the sale</source>
        <translation>Приключване на продажбата</translation>
    </message>
    <message>
        <source>Add a product from the quick keys</source>
        <translation>Добавяне на артикул от бързите клавиши</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Премахване на избрания ред</translation>
    </message>
    <message>
        <source>Clear the sale</source>
        <translation>Изчистване на продажбата</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Плащане с точки</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>Връщане на продажба</translation>
    </message>
    <message>
        <source>Show or reprint a receipt</source>
        <translation>Показване или повторен печат на бележка</translation>
    </message>
    <message>
        <source>The member on screen</source>
        <translation>Членът на екрана</translation>
    </message>
    <message>
        <source>Edit the member</source>
        <translation>Редактиране на члена</translation>
    </message>
    <message>
        <source>Replace a lost card</source>
        <translation>Замяна на изгубена карта</translation>
    </message>
    <message>
        <source>Add or take away points by hand (a manager&apos;s)</source>
        <translation>Ръчно добавяне или отнемане на точки (за управител)</translation>
    </message>
    <message>
        <source>Merge with another record (a manager&apos;s)</source>
        <translation>Обединяване с друг запис (за управител)</translation>
    </message>
    <message>
        <source>Erase the member&apos;s personal data (a manager&apos;s)</source>
        <translation>Заличаване на личните данни на члена (за управител)</translation>
    </message>
    <message>
        <source>The receipt after a sale</source>
        <translation>Бележката след продажба</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печат</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Запазване като PDF</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Управители</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Одитен журнал</translation>
    </message>
    <message>
        <source>Sync with the other terminals</source>
        <translation>Синхронизация с другите терминали</translation>
    </message>
    <message>
        <source>Switch person or lock the till</source>
        <translation>Смяна на служител или заключване на касата</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Този списък</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиш</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>%1: a %2 may not do this.</source>
        <translation>%1: роля %2 няма право на това.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Въведете името на служителя.</translation>
    </message>
    <message>
        <source>A name has at most 60 characters.</source>
        <translation>Името може да е най-много 60 знака.</translation>
    </message>
    <message>
        <source>The first account must be an administrator&apos;s.</source>
        <translation>Първият акаунт трябва да е на администратор.</translation>
    </message>
    <message>
        <source>%1 already has an account.</source>
        <translation>%1 вече има акаунт.</translation>
    </message>
    <message>
        <source>This staff member does not exist.</source>
        <translation>Този служител не съществува.</translation>
    </message>
    <message>
        <source>Nobody called %1 has an account here.</source>
        <translation>Тук няма акаунт с име %1.</translation>
    </message>
    <message>
        <source>%1&apos;s account is switched off.</source>
        <translation>Акаунтът на %1 е деактивиран.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Твърде много грешни PIN кодове. Опитайте отново след %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минути</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The account is locked for %n second(s).</source>
        <translation>
            <numerusform>Грешен PIN. Акаунтът е заключен за %n секунда.</numerusform>
            <numerusform>Грешен PIN. Акаунтът е заключен за %n секунди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before the account locks.</source>
        <translation>
            <numerusform>Грешен PIN. Остава %n опит, преди акаунтът да бъде заключен.</numerusform>
            <numerusform>Грешен PIN. Остават %n опита, преди акаунтът да бъде заключен.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot approve this: %2 needs a manager.</source>
        <translation>%1 не може да одобри това: %2 изисква управител.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: make another one first.</source>
        <translation>%1 е последният администратор: първо създайте друг.</translation>
    </message>
    <message>
        <source>%1: a manager must approve this.</source>
        <translation>%1: това трябва да бъде одобрено от управител.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Loyalty Terminal</source>
        <translation>Терминал за лоялност</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2. Restore it? The damaged file is kept aside, and sales after the backup are not in it.</source>
        <translation>%1

Най-новото изправно резервно копие е от %2. Да се възстанови ли? Повреденият файл се запазва настрана, а продажбите след резервното копие не са в него.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Възстанови резервното копие</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>Updating the database for this version of the terminal…

This happens once. At a large shop it can take a few minutes: please leave the till on.</source>
        <translation>Обновяване на базата данни за тази версия на терминала…

Това става веднъж. В голям магазин може да отнеме няколко минути: моля, не изключвайте касата.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the other terminals</source>
        <translation>Синхронизация с другите терминали</translation>
    </message>
    <message>
        <source>Head office (PostgreSQL)</source>
        <translation>Централа (PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. office.example.org</source>
        <translation>напр. office.example.org</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>само при поискване</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сървър:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данни:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;требител:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>П&amp;арола:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Синхронизация &amp;всеки:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Запази</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Синхронизирай се&amp;га</translation>
    </message>
    <message>
        <source>Without a head office: batches carried by hand</source>
        <translation>Без централа: пакети, пренасяни ръчно</translation>
    </message>
    <message>
        <source>E&amp;xport a batch to a folder…</source>
        <translation>&amp;Експорт на пакет в папка…</translation>
    </message>
    <message>
        <source>&amp;Import a batch from a folder…</source>
        <translation>&amp;Импорт на пакет от папка…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Запазено.</translation>
    </message>
    <message>
        <source>Name the head office&apos;s database too.</source>
        <translation>Посочете и базата данни на централата.</translation>
    </message>
    <message>
        <source>Type the head office&apos;s server first, or carry a batch by hand below.</source>
        <translation>Първо въведете сървъра на централата или пренесете пакет ръчно по-долу.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизиране…</translation>
    </message>
    <message>
        <source>Folder for the batch (a USB stick, a shared folder)</source>
        <translation>Папка за пакета (USB памет, споделена папка)</translation>
    </message>
    <message>
        <source>The batch folder another terminal exported</source>
        <translation>Папката с пакета, експортиран от друг терминал</translation>
    </message>
    <message>
        <source>Importing the batch…</source>
        <translation>Импортиране на пакета…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортиране…</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The changes to send cannot be read.</source>
        <translation>Промените за изпращане не могат да бъдат прочетени.</translation>
    </message>
    <message>
        <source>The sync batch cannot be applied.</source>
        <translation>Пакетът за синхронизация не може да бъде приложен.</translation>
    </message>
    <message>
        <source>The batch holds a row of %1 this database refuses.</source>
        <translation>Пакетът съдържа ред от %1, който тази база данни отхвърля.</translation>
    </message>
    <message>
        <source>A row of %1 in the batch is not readable.</source>
        <translation>Ред от %1 в пакета не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>Batch written to %1: %2 rows (%3). Import it on the other terminals, or push to the head office.</source>
        <translation>Пакетът е записан в %1: редове: %2 (%3). Импортирайте го на другите терминали или го изпратете към централата.</translation>
    </message>
    <message>
        <source>This batch was imported here before; nothing changed again.</source>
        <translation>Този пакет вече е бил импортиран тук; нищо не е променено отново.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 new or newer here.</source>
        <translation>Прочетени редове: %1, нови или по-нови тук: %2.</translation>
    </message>
    <message>
        <source>%1 edits made on two terminals: the later one kept, the other in the audit trail.</source>
        <translation>Редакции, направени на два терминала: %1; запазена е по-късната, другата е в одитния журнал.</translation>
    </message>
    <message>
        <source>%1 rows wait for an earlier batch of their terminal; they go in when it does.</source>
        <translation>Редове, които чакат по-ранен пакет от своя терминал: %1; ще бъдат приложени заедно с него.</translation>
    </message>
    <message>
        <source>%1 members now owe points (the same points were spent on two terminals): see Reports → Balances below zero.</source>
        <translation>Членове, които вече дължат точки (едни и същи точки са изразходвани на два терминала): %1; вижте Отчети → Баланси под нула.</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Последна синхронизация: %1.</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Досега няма синхронизация.</translation>
    </message>
    <message>
        <source>%1 changes waiting to leave.</source>
        <translation>Промени, чакащи изпращане: %1.</translation>
    </message>
    <message>
        <source>The last try (%1) failed: %2</source>
        <translation>Последният опит (%1) е неуспешен: %2</translation>
    </message>
    <message>
        <source>The sync state cannot be read.</source>
        <translation>Състоянието на синхронизацията не може да бъде прочетено.</translation>
    </message>
    <message>
        <source>The sync state cannot be saved.</source>
        <translation>Състоянието на синхронизацията не може да бъде запазено.</translation>
    </message>
    <message>
        <source>The sync batch cannot be recorded.</source>
        <translation>Пакетът за синхронизация не може да бъде записан.</translation>
    </message>
    <message>
        <source>The other terminal cannot be recorded.</source>
        <translation>Другият терминал не може да бъде записан.</translation>
    </message>
    <message>
        <source>The sync status cannot be read.</source>
        <translation>Статусът на синхронизацията не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>The changes sent cannot be marked as sent.</source>
        <translation>Изпратените промени не могат да бъдат отбелязани като изпратени.</translation>
    </message>
    <message>
        <source>Nothing has changed on this terminal since the last batch: there is nothing to export.</source>
        <translation>Нищо не е променено на този терминал след последния пакет: няма какво да се експортира.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty: choose an empty or a new folder for the batch.</source>
        <translation>Папката %1 не е празна: изберете празна или нова папка за пакета.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Папката %1 не може да бъде създадена.</translation>
    </message>
    <message>
        <source>The batch file %1 cannot be written: %2</source>
        <translation>Файлът на пакета %1 не може да бъде записан: %2</translation>
    </message>
    <message>
        <source>The batch manifest cannot be written: %1</source>
        <translation>Манифестът на пакета не може да бъде записан: %1</translation>
    </message>
    <message>
        <source>The batch holds rows of an unknown kind (%1).</source>
        <translation>Пакетът съдържа редове от непознат вид (%1).</translation>
    </message>
    <message>
        <source>%1 holds no sync batch (manifest.json is missing): choose the folder the export wrote.</source>
        <translation>%1 не съдържа пакет за синхронизация (липсва manifest.json): изберете папката, в която е записан експортът.</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: its manifest cannot be read.</source>
        <translation>Пакетът в %1 е повреден: манифестът му не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>The batch was written by a newer version of the terminal (format %1; this one reads up to %2). Update this terminal, then import it again.</source>
        <translation>Пакетът е записан от по-нова версия на терминала (формат %1; тази версия чете до %2). Обновете този терминал и го импортирайте отново.</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: its format version is missing.</source>
        <translation>Пакетът в %1 е повреден: липсва версията на формата.</translation>
    </message>
    <message>
        <source>This batch was exported by this terminal: import it on the other terminals, or at the head office.</source>
        <translation>Този пакет е експортиран от този терминал: импортирайте го на другите терминали или в централата.</translation>
    </message>
    <message>
        <source>The batch is in %1 and this shop keeps its accounts in %2: batches travel only between terminals of one currency.</source>
        <translation>Пакетът е в %1, а този магазин води сметките си в %2: пакетите се прехвърлят само между терминали с една и съща валута.</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: a file name is not valid.</source>
        <translation>Пакетът в %1 е повреден: невалидно име на файл.</translation>
    </message>
    <message>
        <source>The batch in %1 is incomplete: %2 is missing.</source>
        <translation>Пакетът в %1 е непълен: липсва %2.</translation>
    </message>
    <message>
        <source>The batch file %1 was changed or cut short after the export (its checksum does not match). Nothing was imported: export the batch again.</source>
        <translation>Файлът на пакета %1 е променен или съкратен след експорта (контролната сума не съвпада). Нищо не е импортирано: експортирайте пакета отново.</translation>
    </message>
    <message>
        <source>The batch file %1 holds %2 rows where the manifest says %3.</source>
        <translation>Файлът на пакета %1 съдържа редове: %2, а според манифеста: %3.</translation>
    </message>
    <message>
        <source>The sync batch cannot be applied: some of its rows refer to rows this terminal does not have. Nothing was imported.</source>
        <translation>Пакетът за синхронизация не може да бъде приложен: някои от редовете му сочат към записи, които този терминал няма. Нищо не беше импортирано.</translation>
    </message>
    <message>
        <source>%1: a %2 may not do this.</source>
        <translation>%1: роля %2 няма право на това.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Импортирането е отменено: нищо не е импортирано.</translation>
    </message>
</context>
<context>
    <name>TerminalService</name>
    <message>
        <source>The shop name must have 1 to 100 characters.</source>
        <translation>Името на магазина трябва да е от 1 до 100 знака.</translation>
    </message>
    <message>
        <source>The terminal name must have 1 to 50 characters.</source>
        <translation>Името на терминала трябва да е от 1 до 50 знака.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three capital letters such as EUR, RUB or CNY.</source>
        <translation>&quot;%1&quot; не е валутен код: използвайте три главни букви, напр. EUR, RUB или CNY.</translation>
    </message>
    <message>
        <source>This database already belongs to terminal &quot;%1&quot; of %2.</source>
        <translation>Тази база данни вече принадлежи на терминал &quot;%1&quot; на %2.</translation>
    </message>
    <message>
        <source>This database has no terminal yet: run &quot;loyalty-cli init&quot; or start the terminal app once.</source>
        <translation>Тази база данни все още няма терминал: изпълнете &quot;loyalty-cli init&quot; или стартирайте веднъж приложението на терминала.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loyalty Terminal</source>
        <translation>Терминал за лоялност</translation>
    </message>
    <message>
        <source>Point-of-sale loyalty terminal</source>
        <translation>Терминал за програми за лоялност в търговски обекти</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Файлът на базата данни.</translation>
    </message>
    <message>
        <source>Fill a new database with the demo shop, its members and staff (docs/roles.md).</source>
        <translation>Попълва нова база данни с демо магазина, членовете и персонала му (docs/roles.md).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
</context>
</TS>
