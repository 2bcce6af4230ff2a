<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>Коригування балів</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has %2 points.</source>
        <translation>У &lt;b&gt;%1&lt;/b&gt; балів: %2.</translation>
    </message>
    <message>
        <source>50 adds, -50 takes away</source>
        <translation>50 — додати, -50 — зняти</translation>
    </message>
    <message>
        <source>e.g. a receipt from the old system, a complaint</source>
        <translation>напр., чек зі старої системи, скарга</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Бали</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Записати (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <source>Type the points to add (e.g. 50) or take away (e.g. -50).</source>
        <translation>Введіть кількість балів, щоб додати (напр., 50) або зняти (напр., -50).</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>%1 is not part of a %2&apos;s work. Sign in as someone allowed to do it (F10 switches).</source>
        <translation>«%1» не входить до повноважень ролі «%2». Увійдіть як працівник, якому це дозволено (F10 — змінити особу).</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Підтвердження менеджера</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a manager&apos;s PIN.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: потрібен PIN менеджера.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>PIN менеджера</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Менеджер</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>Підтвердити (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <source>No manager has an account on this terminal.</source>
        <translation>На цьому терміналі немає жодного облікового запису менеджера.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>(nobody signed in)</source>
        <translation>(ніхто не ввійшов)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Підтвердив</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Об’єкт</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Audit line %1 does not follow the line before it: a line was deleted, added or moved.</source>
        <translation>Рядок журналу аудиту %1 не узгоджується з попереднім: рядок видалено, додано або переміщено.</translation>
    </message>
    <message>
        <source>Audit line %1 was changed after it was written.</source>
        <translation>Рядок журналу аудиту %1 змінено після запису.</translation>
    </message>
    <message>
        <source>The newest audit lines are missing: the trail ends before its last recorded line.</source>
        <translation>Бракує найновіших рядків журналу аудиту: журнал закінчується раніше за останній записаний рядок.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Усі дії</translation>
    </message>
    <message>
        <source>Text in the entry…</source>
        <translation>Текст у записі…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;З</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Хто</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Що</translation>
    </message>
    <message>
        <source>The period ends before it starts: change From or To.</source>
        <translation>Період закінчується раніше, ніж починається: змініть «З» або «По».</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>За цей період нічого не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>%n запис.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нічого)</translation>
    </message>
    <message>
        <source>%1 · %2 · terminal %3
Before:
%4
After:
%5</source>
        <translation>%1 · %2 · термінал %3
До:
%4
Після:
%5</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: диск заповнено.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be written to.</source>
        <translation>%1: неможливо записати в папку.</translation>
    </message>
    <message>
        <source>%1: the file is damaged.</source>
        <translation>%1: файл пошкоджено.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Резервну копію не створено</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: папки %2 не існує.</translation>
    </message>
    <message>
        <source>%1: %2 exists already.</source>
        <translation>%1: %2 уже існує.</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>Неможливо прочитати базу даних</translation>
    </message>
    <message>
        <source>%1: %2 cannot be written to.</source>
        <translation>%1: неможливо записати в %2.</translation>
    </message>
    <message>
        <source>%1: the copy could not be written to the disk.</source>
        <translation>%1: не вдалося записати копію на диск.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>Неможливо прочитати %1</translation>
    </message>
    <message>
        <source>%1 is not a backup of this app&apos;s database.</source>
        <translation>%1 не є резервною копією бази даних цієї програми.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the app (schema %2; this one knows %3).</source>
        <translation>%1 створено новішою версією програми (схема %2; ця версія знає %3).</translation>
    </message>
    <message>
        <source>%1 cannot be checked</source>
        <translation>Неможливо перевірити %1</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 пошкоджено.</translation>
    </message>
    <message>
        <source>%1: it was stopped before the end.</source>
        <translation>%1: копіювання зупинено, не дійшовши до кінця.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Неможливо створити папку резервних копій %1.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>Неможливо видалити стару резервну копію %1.</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to the database.</source>
        <translation>Неможливо скопіювати резервну копію поруч із базою даних.</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to the database: the disk may be full.</source>
        <translation>Неможливо скопіювати резервну копію поруч із базою даних: можливо, диск заповнено.</translation>
    </message>
    <message>
        <source>The current database cannot be moved aside.</source>
        <translation>Неможливо відкласти поточну базу даних убік.</translation>
    </message>
    <message>
        <source>The backup cannot be put in place.</source>
        <translation>Неможливо поставити резервну копію на місце бази даних.</translation>
    </message>
</context>
<context>
    <name>CheckoutService</name>
    <message>
        <source>The sale was not recorded: the database failed while saving it.</source>
        <translation>Продаж не записано: під час збереження сталася помилка бази даних.</translation>
    </message>
    <message>
        <source>The member&apos;s spend cannot be read.</source>
        <translation>Неможливо прочитати суму покупок учасника.</translation>
    </message>
    <message>
        <source>%1 bonus points</source>
        <translation>Бонусні бали: %1</translation>
    </message>
    <message>
        <source>%1% off this sale</source>
        <translation>Знижка %1% на цей продаж</translation>
    </message>
    <message>
        <source>The products cannot be read.</source>
        <translation>Неможливо прочитати товари.</translation>
    </message>
    <message>
        <source>a free %1</source>
        <translation>безкоштовно: %1</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation>Продаж не записано: %1</translation>
    </message>
    <message>
        <source>The member of this sale no longer exists.</source>
        <translation>Учасника цього продажу більше не існує.</translation>
    </message>
    <message>
        <source>This member&apos;s data was erased; record the sale as a walk-in.</source>
        <translation>Дані цього учасника стерто; оформіть продаж без картки.</translation>
    </message>
    <message>
        <source>Only a member can pay with points: scan the card first.</source>
        <translation>Оплатити балами може лише учасник: спершу відскануйте картку.</translation>
    </message>
    <message>
        <source>Paid receipt %1</source>
        <translation>Оплата чека %1</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус до дня народження</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>Бонус за рекомендацію</translation>
    </message>
    <message>
        <source>Referral bonus: %1 joined</source>
        <translation>Бонус за рекомендацію: новий учасник %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct them, or add --valid-only to import the other rows.</source>
        <translation>
            <numerusform>Нічого не імпортовано: %n рядок містить помилки. Виправте помилки або додайте --valid-only, щоб імпортувати інші рядки.</numerusform>
            <numerusform>Нічого не імпортовано: %n рядки містять помилки. Виправте їх або додайте --valid-only, щоб імпортувати інші рядки.</numerusform>
            <numerusform>Нічого не імпортовано: %n рядків містять помилки. Виправте їх або додайте --valid-only, щоб імпортувати інші рядки.</numerusform>
        </translation>
    </message>
    <message>
        <source>loyalty-cli: %1</source>
        <translation>loyalty-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;loyalty-cli --help&quot; for the commands.</source>
        <translation>Список команд: &quot;loyalty-cli --help&quot;.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db: потрібне ім’я файлу.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1: потрібне значення.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Невідомий параметр %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команду не вказано.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Невідома команда &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This database has no staff accounts: leave out --staff.</source>
        <translation>У цій базі даних немає облікових записів працівників: не вказуйте --staff.</translation>
    </message>
    <message>
        <source>%1: %2 is a %3 and may not do this; give a manager&apos;s --staff and --pin.</source>
        <translation>%1: %2 має роль «%3» і не може цього робити; вкажіть --staff і --pin менеджера.</translation>
    </message>
    <message>
        <source>%1 needs a manager: give --staff NAME --pin PIN.</source>
        <translation>%1: потрібен менеджер; вкажіть --staff NAME --pin PIN.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1: потрібне значення.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Невідомий параметр --%1.</translation>
    </message>
    <message>
        <source>  card:         %1</source>
        <translation>  картка:          %1</translation>
    </message>
    <message>
        <source>  phone:        %1</source>
        <translation>  телефон:         %1</translation>
    </message>
    <message>
        <source>  points:       %1</source>
        <translation>  бали:            %1</translation>
    </message>
    <message>
        <source>  member since: %1</source>
        <translation>  учасник з:       %1</translation>
    </message>
    <message>
        <source>  last visit:   %1</source>
        <translation>  останній візит:  %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>  visits:       %1, spent %2</source>
        <translation>  візити:          %1, витрачено %2</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Мій магазин</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Каса 1</translation>
    </message>
    <message>
        <source>Created %1 for terminal &quot;%2&quot; of %3 (%4).</source>
        <translation>Створено %1 для термінала &quot;%2&quot; магазину %3 (%4).</translation>
    </message>
    <message>
        <source>Demo shop created in %1: %2 members, %3 sales.
Cards to scan: %4
A blocked card: %5</source>
        <translation>Демомагазин створено в %1: учасників — %2, продажів — %3.
Картки для сканування: %4
Заблокована картка: %5</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member find CARD|PHONE, member search TEXT, or member edit, replace-card, merge, erase (see --help)</source>
        <translation>Використання: loyalty-cli member find CARD|PHONE, member search TEXT або member edit, replace-card, merge, erase (див. --help)</translation>
    </message>
    <message>
        <source>More members match: type more to narrow the search.</source>
        <translation>Знайдено кількох учасників: уточніть пошуковий запит.</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;.</source>
        <translation>Немає учасників за запитом &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member number: write it as #42.</source>
        <translation>&quot;%1&quot; не є номером учасника: пишіть у форматі #42.</translation>
    </message>
    <message>
        <source>--%1 takes yes or no.</source>
        <translation>--%1: вкажіть yes або no.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member merge KEEP OTHER --yes</source>
        <translation>Використання: loyalty-cli member merge KEEP OTHER --yes</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member %1 MEMBER ... (see --help)</source>
        <translation>Використання: loyalty-cli member %1 MEMBER ... (див. --help)</translation>
    </message>
    <message>
        <source>&quot;member %1&quot; cannot be undone: add --yes to go ahead.</source>
        <translation>&quot;member %1&quot; не можна скасувати: додайте --yes, щоб продовжити.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member adjust MEMBER --points N --reason TEXT (N may be negative)</source>
        <translation>Використання: loyalty-cli member adjust MEMBER --points N --reason TEXT (N може бути від’ємним)</translation>
    </message>
    <message>
        <source>%1: %2 points; the balance is now %3.</source>
        <translation>%1: %2 бал.; баланс тепер %3.</translation>
    </message>
    <message>
        <source>Card %1 is not %2&apos;s card.</source>
        <translation>Картка %1 не належить учаснику %2.</translation>
    </message>
    <message>
        <source>%1 has the new card %2; the lost one is blocked. Balance: %3 points.</source>
        <translation>%1 має нову картку %2; загублену заблоковано. Баланс: %3 бал.</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into %3 (#%4): %5 cards, %6 purchases and %7 points moved; balance %8.</source>
        <translation>%1 (#%2) об’єднано з %3 (#%4): перенесено карток — %5, покупок — %6, балів — %7; баланс %8.</translation>
    </message>
    <message>
        <source>The personal data of member #%1 was erased; their sales and points stay in the books.</source>
        <translation>Персональні дані учасника #%1 стерто; його продажі та бали залишаються в обліку.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli balance --card N</source>
        <translation>Використання: loyalty-cli balance --card N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line: write it as &quot;Latte:3.20x2&quot;.</source>
        <translation>&quot;%1&quot; не є рядком продажу: пишіть у форматі &quot;Latte:3.20x2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>&quot;%1&quot; не є кількістю.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation>Неочікуваний аргумент &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli sale [--card N] --amount 12.50 | --line &quot;Latte:3.20x2&quot;...</source>
        <translation>Використання: loyalty-cli sale [--card N] --amount 12.50 | --line &quot;Latte:3.20x2&quot;...</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2</source>
        <translation>Продаж %1 записано: %2</translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments.</source>
        <translation>&quot;check&quot; не приймає аргументів.</translation>
    </message>
    <message>
        <source>The database is sound: every balance equals its ledger.</source>
        <translation>База даних справна: кожен баланс збігається з реєстром балів.</translation>
    </message>
    <message>
        <source>Problems found:
  %1</source>
        <translation>Виявлено проблеми:
  %1</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program [earn --points N --per AMOUNT]</source>
        <translation>Використання: loyalty-cli program [earn --points N --per AMOUNT]</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program earn --points N --per AMOUNT, e.g. --points 1 --per 1.00</source>
        <translation>Використання: loyalty-cli program earn --points N --per AMOUNT, напр. --points 1 --per 1.00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points.</source>
        <translation>&quot;%1&quot; не є цілою кількістю балів.</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>з округленням угору</translation>
    </message>
    <message>
        <source>rounded to the nearest</source>
        <translation>з округленням до найближчого</translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>з округленням униз</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 від %2</translation>
    </message>
    <message>
        <source>Earn: %1 points per %2 paid (%5)
Points expire after: %3
Largest sale: %4
Levels: %6
In force since: %7</source>
        <translation>Нарахування: %1 бал. за кожні сплачені %2 (%5)
Бали згоряють через: %3
Максимальний продаж: %4
Рівні: %6
Діє з: %7</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 міс.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>%1: %2, columns: %3</source>
        <translation>%1: %2, стовпці: %3</translation>
    </message>
    <message>
        <source>  line %1: %2: %3</source>
        <translation>  рядок %1: %2: %3</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 already present, %5 with errors; %6 opening points.</source>
        <translation>Рядків: %1; нових: %2, оновлених: %3, уже наявних: %4, з помилками: %5; початкових балів: %6.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]...</source>
        <translation>Використання: loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]...</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, FIELD one of name, first_name, last_name, phone, email, card, birthday, points, notes.</source>
        <translation>--map приймає FIELD=COLUMN, де FIELD — одне з: name, first_name, last_name, phone, email, card, birthday, points, notes.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli export members --out FILE [--delimiter &apos;;&apos;|&apos;,&apos;|tab]</source>
        <translation>Використання: loyalty-cli export members --out FILE [--delimiter &apos;;&apos;|&apos;,&apos;|tab]</translation>
    </message>
    <message>
        <source>--delimiter is &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>--delimiter: &apos;;&apos;, &apos;,&apos; або tab.</translation>
    </message>
    <message>
        <source>%1 members written to %2.</source>
        <translation>Учасників записано до %2: %1.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli staff list | add --name N --role ROLE --pin P | deactivate --name N</source>
        <translation>Використання: loyalty-cli staff list | add --name N --role ROLE --pin P | deactivate --name N</translation>
    </message>
    <message>
        <source>%1  %2%3</source>
        <translation>%1  %2%3</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation> (вимкнено)</translation>
    </message>
    <message>
        <source>No staff accounts yet.</source>
        <translation>Облікових записів працівників ще немає.</translation>
    </message>
    <message>
        <source>--name is needed.</source>
        <translation>Потрібен параметр --name.</translation>
    </message>
    <message>
        <source>--role is cashier, manager or administrator.</source>
        <translation>--role: cashier, manager або administrator.</translation>
    </message>
    <message>
        <source>%1 can sign in as %2.</source>
        <translation>%1 може входити як %2.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 більше не може входити.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli audit [--from D] [--to D] [--action A] [--limit N]</source>
        <translation>Використання: loyalty-cli audit [--from D] [--to D] [--action A] [--limit N]</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Дати пишуться у форматі YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>--limit is a whole number from 1.</source>
        <translation>--limit: ціле число від 1.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Нічого не записано.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli backup [--to DIR]</source>
        <translation>Використання: loyalty-cli backup [--to DIR]</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервну копію збережено в %1.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli backups [--in DIR]</source>
        <translation>Використання: loyalty-cli backups [--in DIR]</translation>
    </message>
    <message>
        <source>%1  %2  %3%4</source>
        <translation>%1  %2  %3%4</translation>
    </message>
    <message>
        <source>  DAMAGED: %1</source>
        <translation>  ПОШКОДЖЕНО: %1</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>У %1 немає резервних копій.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli restore FILE</source>
        <translation>Використання: loyalty-cli restore FILE</translation>
    </message>
    <message>
        <source>Restored from %1. The database before it is kept as %2.</source>
        <translation>Відновлено з %1. Попередню базу даних збережено як %2.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli refund --receipt N --reason TEXT [--lines LINE:QTY,...]</source>
        <translation>Використання: loyalty-cli refund --receipt N --reason TEXT [--lines LINE:QTY,...]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LINE:QUANTITY, e.g. 2:1.</source>
        <translation>&quot;%1&quot; не відповідає формату LINE:QUANTITY, напр. 2:1.</translation>
    </message>
    <message>
        <source>Receipt %1 given back as refund %2: %3; %4 points taken back, %5 points given back.</source>
        <translation>Чек %1 повернено (повернення %2): %3; списано балів: %4, повернуто балів: %5.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli receipt --receipt N</source>
        <translation>Використання: loyalty-cli receipt --receipt N</translation>
    </message>
    <message>
        <source>Use: loyalty-cli expire [--full]</source>
        <translation>Використання: loyalty-cli expire [--full]</translation>
    </message>
    <message>
        <source>%1 points of %2 members expired.</source>
        <translation>Згоріло балів: %1 (учасників: %2).</translation>
    </message>
    <message>
        <source>No points had expired.</source>
        <translation>Згорілих балів немає.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli product list | add --code C --name N --price P [--category C] [--key 1-9]</source>
        <translation>Використання: loyalty-cli product list | add --code C --name N --price P [--category C] [--key 1-9]</translation>
    </message>
    <message>
        <source>--key is a number from 1 to 9.</source>
        <translation>--key: число від 1 до 9.</translation>
    </message>
    <message>
        <source>%1 added at %2.</source>
        <translation>%1 додано, ціна %2.</translation>
    </message>
    <message>
        <source>  Alt+%1</source>
        <translation>  Alt+%1</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>Товарів ще немає.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli sync export --out DIR [--all] | import DIR | push|pull|now --pg CONNINFO [--retries N] | status</source>
        <translation>Використання: loyalty-cli sync export --out DIR [--all] | import DIR | push|pull|now --pg CONNINFO [--retries N] | status</translation>
    </message>
    <message>
        <source>Name the head office: --pg &quot;host=… dbname=… user=… password=…&quot; (or LOYALTY_SYNC_PG).</source>
        <translation>Вкажіть головний офіс: --pg &quot;host=… dbname=… user=… password=…&quot; (або LOYALTY_SYNC_PG).</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 20.</source>
        <translation>--retries: число від 0 до 20.</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 Повторна спроба через %2 с.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <translation>
            <numerusform>%1: %Ln бал</numerusform>
            <numerusform>%1: %Ln бали</numerusform>
            <numerusform>%1: %Ln балів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 earned %Ln point(s); balance %2.</source>
        <translation>
            <numerusform>%1: нараховано %Ln бал; баланс %2.</numerusform>
            <numerusform>%1: нараховано %Ln бали; баланс %2.</numerusform>
            <numerusform>%1: нараховано %Ln балів; баланс %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no options.</source>
        <translation>«%1» не приймає параметрів.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2.</source>
        <translation>«%1» приймає %2.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 не приймає значення.</translation>
    </message>
    <message>
        <source>a checked copy of the database (docs/backup.md; a manager&apos;s)</source>
        <translation>перевірена копія бази даних (docs/backup.md; для менеджера)</translation>
    </message>
    <message>
        <source>the folder (default: the backup folder)</source>
        <translation>тека (типово: тека резервних копій)</translation>
    </message>
    <message>
        <source>the backups, newest first, each checked</source>
        <translation>резервні копії, найновіші спершу, кожна перевірена</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current file is kept aside; an administrator&apos;s)</source>
        <translation>замінити базу даних резервною копією (поточний файл зберігається окремо; для адміністратора)</translation>
    </message>
    <message>
        <source>yes, go ahead: this cannot be undone</source>
        <translation>так, виконати: це не можна скасувати</translation>
    </message>
    <message>
        <source>change a member: only the fields given, with the enrolment rules</source>
        <translation>змінити учасника: лише вказані поля, за правилами реєстрації</translation>
    </message>
    <message>
        <source>the member&apos;s name</source>
        <translation>ім’я учасника</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>номер телефону</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>адреса ел. пошти</translation>
    </message>
    <message>
        <source>the birthday: 31.12 or 31.12.1990</source>
        <translation>день народження: 31.12 або 31.12.1990</translation>
    </message>
    <message>
        <source>notes for the counter</source>
        <translation>нотатки для каси</translation>
    </message>
    <message>
        <source>a new card number: the old card is blocked</source>
        <translation>номер нової картки: стара картка блокується</translation>
    </message>
    <message>
        <source>offers by SMS</source>
        <translation>пропозиції через SMS</translation>
    </message>
    <message>
        <source>offers by e-mail</source>
        <translation>пропозиції ел. поштою</translation>
    </message>
    <message>
        <source>a phone or e-mail another member has too is meant (a family)</source>
        <translation>телефон чи ел. пошта, що є і в іншого учасника, вказані навмисно (родина)</translation>
    </message>
    <message>
        <source>block a lost card, issue a new one</source>
        <translation>заблокувати загублену картку, видати нову</translation>
    </message>
    <message>
        <source>the lost card, when the member has several</source>
        <translation>загублена картка, якщо в учасника їх кілька</translation>
    </message>
    <message>
        <source>the new card&apos;s number (default: the app issues one)</source>
        <translation>номер нової картки (типово: програма видає номер)</translation>
    </message>
    <message>
        <source>move OTHER&apos;s cards, sales and points to KEEP (manager)</source>
        <translation>перенести картки, продажі й бали OTHER до KEEP (менеджер)</translation>
    </message>
    <message>
        <source>remove a member&apos;s personal data (manager)</source>
        <translation>видалити персональні дані учасника (менеджер)</translation>
    </message>
    <message>
        <source>add (or, negative, take away) points by hand (manager)</source>
        <translation>додати (або, з мінусом, зняти) бали вручну (менеджер)</translation>
    </message>
    <message>
        <source>the points: negative takes away</source>
        <translation>бали: від’ємне число знімає</translation>
    </message>
    <message>
        <source>why, for the audit trail</source>
        <translation>причина, для журналу аудиту</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member add --name N [--card C] [--phone P] [--email E] [--birthday D] [--referred-by CARD]</source>
        <translation>Використання: loyalty-cli member add --name N [--card C] [--phone P] [--email E] [--birthday D] [--referred-by CARD]</translation>
    </message>
    <message>
        <source>%1 is enrolled with card %2; balance %3 points.</source>
        <translation>%1 зареєстровано з карткою %2; баланс %3 балів.</translation>
    </message>
    <message>
        <source>show a member</source>
        <translation>показати учасника</translation>
    </message>
    <message>
        <source>members whose name, e-mail, phone or card match</source>
        <translation>учасники, у яких збігається ім’я, ел. пошта, телефон чи картка</translation>
    </message>
    <message>
        <source>enroll a member, with the enrolment rules and welcome bonus of the F2 dialog</source>
        <translation>зареєструвати учасника за правилами й з вітальним бонусом вікна F2</translation>
    </message>
    <message>
        <source>the card&apos;s number (default: the app issues one)</source>
        <translation>номер картки (типово: програма видає номер)</translation>
    </message>
    <message>
        <source>the card or phone of the member who brought them</source>
        <translation>картка чи телефон учасника, який його привів</translation>
    </message>
    <message>
        <source>a member&apos;s points balance</source>
        <translation>баланс балів учасника</translation>
    </message>
    <message>
        <source>the card or phone number</source>
        <translation>номер картки або телефону</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>каталог товарів</translation>
    </message>
    <message>
        <source>a new product in the catalogue (a manager&apos;s)</source>
        <translation>новий товар у каталозі (для менеджера)</translation>
    </message>
    <message>
        <source>the product&apos;s code or barcode</source>
        <translation>код або штрихкод товару</translation>
    </message>
    <message>
        <source>the product&apos;s name</source>
        <translation>назва товару</translation>
    </message>
    <message>
        <source>the price, e.g. 3.20</source>
        <translation>ціна, наприклад 3.20</translation>
    </message>
    <message>
        <source>the category (stamps, earn rules)</source>
        <translation>категорія (штампи, правила нарахування)</translation>
    </message>
    <message>
        <source>the product&apos;s key on the sale page: Alt+1..Alt+9</source>
        <translation>клавіша товару на сторінці продажу: Alt+1..Alt+9</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program [earn --points N --per AMOUNT | export --out FILE | import FILE]</source>
        <translation>Використання: loyalty-cli program [earn --points N --per AMOUNT | export --out FILE | import FILE]</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program export --out FILE.json</source>
        <translation>Використання: loyalty-cli program export --out FILE.json</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Неможливо записати %1: %2</translation>
    </message>
    <message>
        <source>The program in force is written to %1.</source>
        <translation>Чинну програму записано в %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a program: it holds no JSON object.</source>
        <translation>%1 — не програма: у ньому немає об’єкта JSON.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program import FILE.json [--note TEXT]</source>
        <translation>Використання: loyalty-cli program import FILE.json [--note TEXT]</translation>
    </message>
    <message>
        <source>show the loyalty program in force</source>
        <translation>показати чинну програму лояльності</translation>
    </message>
    <message>
        <source>set the earn rate: N points per AMOUNT paid, from now (a manager&apos;s)</source>
        <translation>задати норму нарахування: N балів за сплачену суму AMOUNT, відтепер (для менеджера)</translation>
    </message>
    <message>
        <source>the points earned</source>
        <translation>нараховані бали</translation>
    </message>
    <message>
        <source>for this much paid, e.g. 1.00</source>
        <translation>за таку сплачену суму, наприклад 1.00</translation>
    </message>
    <message>
        <source>write the program in force to a JSON file</source>
        <translation>записати чинну програму у файл JSON</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>файл для запису</translation>
    </message>
    <message>
        <source>a new program version from a JSON file, in force from now, checked as the program dialog checks it (a manager&apos;s)</source>
        <translation>нова версія програми з файлу JSON, чинна відтепер, перевіряється як у вікні програми (для менеджера)</translation>
    </message>
    <message>
        <source>a note for the version&apos;s history</source>
        <translation>нотатка для історії версій</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <source>Members&apos; share of revenue</source>
        <translation>Частка учасників у виручці</translation>
    </message>
    <message>
        <source>Members&apos; revenue</source>
        <translation>Виторг від учасників</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Надано знижок</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>За цей період продажів немає.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Нараховано</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Згоріло</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Скориговано</translation>
    </message>
    <message>
        <source>Outstanding now</source>
        <translation>Залишок зараз</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Зобов’язання за балами</translation>
    </message>
    <message>
        <source>— (paying with points is off)</source>
        <translation>— (оплату балами вимкнено)</translation>
    </message>
    <message>
        <source>Refunds that left a balance below zero</source>
        <translation>Повернення, після яких баланс нижче нуля</translation>
    </message>
    <message>
        <source>Points those balances went below zero by</source>
        <translation>На скільки балів ці баланси пішли нижче нуля</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активні</translation>
    </message>
    <message>
        <source>Bought twice or more</source>
        <translation>Купували двічі й більше</translation>
    </message>
    <message>
        <source>Members&apos; sales</source>
        <translation>Продажі учасникам</translation>
    </message>
    <message>
        <source>Active in the 90 days before</source>
        <translation>Активні за 90 днів до періоду</translation>
    </message>
    <message>
        <source>Active in the last 90 days</source>
        <translation>Активні за останні 90 днів</translation>
    </message>
    <message>
        <source>Of those, new in the period</source>
        <translation>З них нові за період</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Частка повторних покупок</translation>
    </message>
    <message>
        <source>Average visits</source>
        <translation>Середня кількість візитів</translation>
    </message>
    <message>
        <source>Retention (CRR)</source>
        <translation>Утримання (CRR)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Відтік</translation>
    </message>
    <message>
        <source>Lifetime value (CLV)</source>
        <translation>Пожиттєва цінність (CLV)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Відповіді NPS</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Промоутери</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Відповіді CSAT</translation>
    </message>
    <message>
        <source>Satisfied (4 and 5)</source>
        <translation>Задоволені (4 і 5)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Nobody joined in these months.</source>
        <translation>У ці місяці ніхто не зареєструвався.</translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation>Дні народження в найближчі 14 днів</translation>
    </message>
    <message>
        <source>Points expiring in the next 30 days</source>
        <translation>Бали, що згорять у найближчі 30 днів</translation>
    </message>
    <message>
        <source>Not seen for 60 days (win-back)</source>
        <translation>Без візитів 60 днів (повернути клієнтів)</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>Найкращі учасники</translation>
    </message>
    <message>
        <source>Balances below zero</source>
        <translation>Баланси нижче нуля</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Відгуки</translation>
    </message>
    <message>
        <source>The tills cannot be read.</source>
        <translation>Неможливо прочитати список кас.</translation>
    </message>
    <message>
        <source>No till is called &quot;%1&quot;.</source>
        <translation>Немає каси з назвою «%1».</translation>
    </message>
    <message>
        <source>--group is day, week or month.</source>
        <translation>--group: day, week або month.</translation>
    </message>
    <message>
        <source>--months is a whole number from 1 to 120.</source>
        <translation>--months — ціле число від 1 до 120.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli report %1 --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</source>
        <translation>Використання: loyalty-cli report %1 --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Use: loyalty-cli report summary|sales|points|members|segments|cohorts|feedback|actions --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</source>
        <translation>Використання: loyalty-cli report summary|sales|points|members|segments|cohorts|feedback|actions --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</translation>
    </message>
    <message>
        <source>sales, points, members and feedback of a period (the reports&apos; summary)</source>
        <translation>продажі, бали, учасники й відгуки за період (зведення звітів)</translation>
    </message>
    <message>
        <source>revenue, sales, refunds, average check, by day, week or month</source>
        <translation>виторг, продажі, повернення, середній чек, за днями, тижнями чи місяцями</translation>
    </message>
    <message>
        <source>points issued, redeemed, expired and outstanding, and their liability</source>
        <translation>нараховані, списані, прострочені й наявні бали та зобов’язання за ними</translation>
    </message>
    <message>
        <source>new and active members, repeat rate, retention, churn, lifetime value</source>
        <translation>нові й активні учасники, частка повторних покупок, утримання, відтік, довічна цінність</translation>
    </message>
    <message>
        <source>members by RFM segment, as of today</source>
        <translation>учасники за сегментами RFM на сьогодні</translation>
    </message>
    <message>
        <source>of each month&apos;s new members, how many bought in each month after</source>
        <translation>скільки нових учасників кожного місяця купували в кожному наступному місяці</translation>
    </message>
    <message>
        <source>NPS and CSAT, and their trend by month</source>
        <translation>NPS і CSAT та їхня динаміка за місяцями</translation>
    </message>
    <message>
        <source>members to call, write to or thank, as of today</source>
        <translation>кому зателефонувати, написати чи подякувати, на сьогодні</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>перший день</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>останній день</translation>
    </message>
    <message>
        <source>only this till (its name or UUID; default: every till)</source>
        <translation>лише ця каса (назва або UUID; типово: усі каси)</translation>
    </message>
    <message>
        <source>the series by day (default), week or month</source>
        <translation>ряд за днями (типово), тижнями чи місяцями</translation>
    </message>
    <message>
        <source>how many months of cohorts (default 12)</source>
        <translation>скільки місяців когорт (типово 12)</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>Оплату балами в цьому магазині вимкнено.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %Ln point(s) to pay with them.</source>
        <translation>
            <numerusform>%1: для оплати балами потрібно щонайменше %Ln бал.</numerusform>
            <numerusform>%1: для оплати балами потрібно щонайменше %Ln бали.</numerusform>
            <numerusform>%1: для оплати балами потрібно щонайменше %Ln балів.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no points to pay with.</source>
        <translation>%1 не має балів для оплати.</translation>
    </message>
    <message>
        <source>--pay-points takes a whole number of points above zero, or max.</source>
        <translation>--pay-points приймає ціле число балів, більше за нуль, або max.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) paid %1.</source>
        <translation>
            <numerusform>%Ln бал сплатив %1.</numerusform>
            <numerusform>%Ln бали сплатили %1.</numerusform>
            <numerusform>%Ln балів сплатили %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>record a sale: lines and/or an amount; without --card, a walk-in</source>
        <translation>записати продаж: рядки та/або сума; без --card — покупець без картки</translation>
    </message>
    <message>
        <source>one line called &quot;Purchase&quot;</source>
        <translation>один рядок «Покупка»</translation>
    </message>
    <message>
        <source>a line: DESCRIPTION:PRICE[xQUANTITY]</source>
        <translation>рядок: DESCRIPTION:PRICE[xQUANTITY]</translation>
    </message>
    <message>
        <source>the member pays part of the check with points (F6)</source>
        <translation>учасник сплачує частину чека балами (F6)</translation>
    </message>
    <message>
        <source>print a past receipt of this till</source>
        <translation>надрукувати попередній чек цієї каси</translation>
    </message>
    <message>
        <source>the receipt&apos;s number</source>
        <translation>номер чека</translation>
    </message>
    <message>
        <source>give a sale back, whole or in part (a manager&apos;s)</source>
        <translation>повернути продаж повністю або частково (для менеджера)</translation>
    </message>
    <message>
        <source>the lines given back (default: everything not yet given back)</source>
        <translation>рядки, що повертаються (типово: усе, що ще не повернуто)</translation>
    </message>
    <message>
        <source>create the database and this terminal</source>
        <translation>створити базу даних і цей термінал</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>назва магазину</translation>
    </message>
    <message>
        <source>this till&apos;s name</source>
        <translation>назва цієї каси</translation>
    </message>
    <message>
        <source>the ISO currency code (default: the locale&apos;s, else EUR)</source>
        <translation>код валюти ISO (типово: з мовних налаштувань, інакше EUR)</translation>
    </message>
    <message>
        <source>create the demo shop (members, cards, sales)</source>
        <translation>створити демомагазин (учасники, картки, продажі)</translation>
    </message>
    <message>
        <source>integrity check and ledger balances</source>
        <translation>перевірка цілісності та балансів за реєстром балів</translation>
    </message>
    <message>
        <source>settle points whose expiry day is over (the app does it at start and daily; running it twice is harmless)</source>
        <translation>списати бали з простроченим терміном (програма робить це під час запуску й щодня; повторний запуск нешкідливий)</translation>
    </message>
    <message>
        <source>read every lot, not only those since the last run</source>
        <translation>читати всі партії балів, а не лише від останнього запуску</translation>
    </message>
    <message>
        <source>the staff accounts</source>
        <translation>облікові записи працівників</translation>
    </message>
    <message>
        <source>a new account (the first an administrator&apos;s; then an administrator&apos;s action)</source>
        <translation>новий обліковий запис (перший — адміністратора; далі — дія адміністратора)</translation>
    </message>
    <message>
        <source>the name to sign in with</source>
        <translation>ім’я для входу</translation>
    </message>
    <message>
        <source>what the account may do (docs/roles.md)</source>
        <translation>що може обліковий запис (docs/roles.md)</translation>
    </message>
    <message>
        <source>the PIN: 4 to 8 digits</source>
        <translation>PIN-код: від 4 до 8 цифр</translation>
    </message>
    <message>
        <source>the account can no longer sign in</source>
        <translation>обліковий запис більше не може входити</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>ім’я облікового запису</translation>
    </message>
    <message>
        <source>the audit trail, newest first (a manager&apos;s)</source>
        <translation>журнал аудиту, найновіші спершу (для менеджера)</translation>
    </message>
    <message>
        <source>only this action, e.g. staff.create</source>
        <translation>лише ця дія, наприклад staff.create</translation>
    </message>
    <message>
        <source>only what this person did</source>
        <translation>лише дії цієї людини</translation>
    </message>
    <message>
        <source>at most this many entries (default 100)</source>
        <translation>не більше стількох записів (типово 100)</translation>
    </message>
    <message>
        <source>the head office&apos;s PostgreSQL: &quot;host=… dbname=… user=… password=…&quot; (or LOYALTY_SYNC_PG)</source>
        <translation>PostgreSQL головного офісу: &quot;host=… dbname=… user=… password=…&quot; (або LOYALTY_SYNC_PG)</translation>
    </message>
    <message>
        <source>tries again this often when the server is out of reach (default 3)</source>
        <translation>скільки разів повторити, якщо сервер недоступний (типово 3)</translation>
    </message>
    <message>
        <source>this terminal&apos;s changes since the last batch as a batch folder (a manager&apos;s)</source>
        <translation>зміни цього термінала від останнього пакета у вигляді теки пакета (для менеджера)</translation>
    </message>
    <message>
        <source>the folder to write</source>
        <translation>тека для запису</translation>
    </message>
    <message>
        <source>everything, to set up a new terminal</source>
        <translation>усе, для налаштування нового термінала</translation>
    </message>
    <message>
        <source>apply a batch another terminal exported (manager)</source>
        <translation>застосувати пакет, експортований іншим терміналом (менеджер)</translation>
    </message>
    <message>
        <source>send this terminal&apos;s changes to the head office (a manager&apos;s)</source>
        <translation>надіслати зміни цього термінала до головного офісу (для менеджера)</translation>
    </message>
    <message>
        <source>bring the other terminals&apos; changes from the head office (a manager&apos;s)</source>
        <translation>отримати зміни інших терміналів із головного офісу (для менеджера)</translation>
    </message>
    <message>
        <source>push, then pull (a manager&apos;s)</source>
        <translation>push, потім pull (для менеджера)</translation>
    </message>
    <message>
        <source>when this terminal last synced, what waits</source>
        <translation>коли цей термінал востаннє синхронізувався, що очікує</translation>
    </message>
    <message>
        <source>bring members from a CSV file (docs/import.md)</source>
        <translation>імпортувати учасників із файлу CSV (docs/import.md)</translation>
    </message>
    <message>
        <source>show what would be done, write nothing</source>
        <translation>показати, що буде зроблено, нічого не записуючи</translation>
    </message>
    <message>
        <source>import the rows without errors, skip the others</source>
        <translation>імпортувати рядки без помилок, решту пропустити</translation>
    </message>
    <message>
        <source>which column holds a field, when the header does not say</source>
        <translation>у якому стовпці поле, якщо заголовок цього не каже</translation>
    </message>
    <message>
        <source>write the members to a CSV file</source>
        <translation>записати учасників у файл CSV</translation>
    </message>
    <message>
        <source>the column separator (default &apos;;&apos;)</source>
        <translation>роздільник стовпців (типово &apos;;&apos;)</translation>
    </message>
    <message>
        <source>the list of commands, or one command&apos;s options (as --help)</source>
        <translation>список команд або параметри однієї команди (як --help)</translation>
    </message>
    <message>
        <source>Usage: loyalty-cli [--db FILE] [--json] COMMAND [ARGS]</source>
        <translation>Використання: loyalty-cli [--db FILE] [--json] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <source>  MEMBER is a card number, a phone number or #ID; dates are YYYY-MM-DD.</source>
        <translation>  MEMBER — номер картки, номер телефону або #ID; дати — YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметри:</translation>
    </message>
    <message>
        <source>  --db FILE   the database (default: %1)
  --staff NAME --pin PIN   (before the command) who acts, when the database has staff
              accounts, or the environment&apos;s LOYALTY_STAFF and LOYALTY_PIN; docs/roles.md
  --json      machine-readable output
  --version   the version
</source>
        <translation>  --db FILE   база даних (типово: %1)
  --staff NAME --pin PIN   (перед командою) хто діє, якщо в базі даних є облікові записи
              працівників, або LOYALTY_STAFF і LOYALTY_PIN із середовища; docs/roles.md
  --json      машиночитний вивід
  --version   версія
</translation>
    </message>
    <message>
        <source>&quot;loyalty-cli COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation>«loyalty-cli COMMAND --help» показує параметри команди.</translation>
    </message>
    <message>
        <source>Usage: loyalty-cli %1</source>
        <translation>Використання: loyalty-cli %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Введіть %1 для підтвердження</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Введіть %1 для підтвердження:</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>Поле в лапках, що починається в рядку %1, не закрито: бракує лапки (&quot;).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл порожній.</translation>
    </message>
    <message>
        <source>This is a spreadsheet file (.xlsx or .ods), not CSV: save it as &quot;CSV&quot; in the spreadsheet program and choose that file.</source>
        <translation>Це файл електронної таблиці (.xlsx або .ods), а не CSV: збережіть його у форматі CSV у програмі електронних таблиць і виберіть цей файл.</translation>
    </message>
    <message>
        <source>This is not a text file: save the member list as CSV.</source>
        <translation>Це не текстовий файл: збережіть список учасників у форматі CSV.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3: a value may contain an unquoted %4.</source>
        <translation>У рядку %1 полів: %2, а в заголовку: %3; можливо, якесь значення містить %4 без лапок.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3.</source>
        <translation>У рядку %1 полів: %2, а в заголовку: %3.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файлу %1 немає.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — це папка, а не файл.</translation>
    </message>
    <message>
        <source>The file is %1; files over %2 are refused. Split the list into smaller files and import them one after another.</source>
        <translation>Розмір файлу — %1; файли понад %2 не приймаються. Розділіть список на менші файли й імпортуйте їх по черзі.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Неможливо прочитати файл %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1 and is refused.</source>
        <translation>Файл більший за %1 і не приймається.</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 з міткою порядку байтів (BOM)</translation>
    </message>
    <message>
        <source>UTF-8 with unreadable bytes</source>
        <translation>UTF-8 з нечитабельними байтами</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляція</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>крапка з комою</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>кома</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Файл бази даних не вказано.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — це папка, а не файл бази даних.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: this user has no permission to open it.</source>
        <translation>Неможливо прочитати файл бази даних %1: цей користувач не має дозволу його відкривати.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;loyalty-cli init&quot;.</source>
        <translation>За шляхом %1 бази даних немає. Створіть її командою &quot;loyalty-cli init&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Неможливо створити папку %1.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: %2</source>
        <translation>Неможливо створити файл бази даних %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>Відсутній драйвер SQLite для Qt (пакет Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>Неможливо відкрити файл бази даних %1.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>Неможливо прочитати файл бази даних %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a loyalty terminal&apos;s. It was left untouched.</source>
        <translation>%1 — база даних SQLite, але не термінала лояльності. Її не змінено.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of the loyalty terminal (schema %2; this version knows up to %3). Install the newer version; the file was left untouched.</source>
        <translation>Базу даних %1 створено новішою версією термінала лояльності (схема %2; ця версія знає до %3). Установіть новішу версію; файл не змінено.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade: open it in the terminal first.</source>
        <translation>Базу даних %1 потрібно оновити: спершу відкрийте її в терміналі.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Sales cannot be recorded until this user may write to the file and its folder.</source>
        <translation>Файл бази даних %1 доступний лише для читання. Продажі неможливо записувати, доки цей користувач не отримає право запису до файлу та його папки.</translation>
    </message>
    <message>
        <source>The database cannot be switched to write-ahead logging.</source>
        <translation>Неможливо перевести базу даних у режим журналу попереднього запису.</translation>
    </message>
    <message>
        <source>The database settings cannot be applied.</source>
        <translation>Неможливо застосувати налаштування бази даних.</translation>
    </message>
    <message>
        <source>The write-ahead log cannot be copied into the database.</source>
        <translation>Неможливо перенести журнал попереднього запису в базу даних.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Базу даних не відкрито.</translation>
    </message>
    <message>
        <source>The database could not be changed.</source>
        <translation>Не вдалося змінити базу даних.</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>Неможливо прочитати версію схеми.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>У цій збірці відсутня міграція %1.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1.</source>
        <translation>Не вдалося оновити базу даних до версії %1.</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>Не вдалося виконати перевірку цілісності.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Файл бази даних пошкоджено.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заповнено.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Файл бази даних доступний лише для читання.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a database.</source>
        <translation>Файл пошкоджено або це не база даних.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again.</source>
        <translation>База даних зайнята іншою програмою; спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Неможливо відкрити файл.</translation>
    </message>
    <message>
        <source>The disk reported an error.</source>
        <translation>Диск повідомив про помилку.</translation>
    </message>
    <message>
        <source>The member search index cannot be built.</source>
        <translation>Неможливо побудувати індекс пошуку учасників.</translation>
    </message>
    <message>
        <source>The database cannot start a change.</source>
        <translation>Базі даних не вдалося розпочати зміну.</translation>
    </message>
    <message>
        <source>No change is in progress.</source>
        <translation>Жодна зміна не виконується.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Не вдалося зберегти зміну.</translation>
    </message>
    <message>
        <source>The member cannot be saved.</source>
        <translation>Неможливо зберегти учасника.</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>Цього учасника більше не існує.</translation>
    </message>
    <message>
        <source>The member cannot be read.</source>
        <translation>Неможливо прочитати дані учасника.</translation>
    </message>
    <message>
        <source>The card cannot be blocked.</source>
        <translation>Неможливо заблокувати картку.</translation>
    </message>
    <message>
        <source>The card is already blocked.</source>
        <translation>Картку вже заблоковано.</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be blocked.</source>
        <translation>Неможливо заблокувати картки учасника.</translation>
    </message>
    <message>
        <source>The member&apos;s points cannot be read.</source>
        <translation>Неможливо прочитати бали учасника.</translation>
    </message>
    <message>
        <source>The points cannot be recorded.</source>
        <translation>Неможливо записати бали.</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be moved.</source>
        <translation>Неможливо перенести картки учасника.</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be moved.</source>
        <translation>Неможливо перенести покупки учасника.</translation>
    </message>
    <message>
        <source>The member&apos;s balance cannot be updated.</source>
        <translation>Неможливо оновити баланс учасника.</translation>
    </message>
    <message>
        <source>The member cannot be erased.</source>
        <translation>Неможливо стерти дані учасника.</translation>
    </message>
    <message>
        <source>The member&apos;s level cannot be saved.</source>
        <translation>Неможливо зберегти рівень учасника.</translation>
    </message>
    <message>
        <source>The terminal&apos;s identity cannot be read.</source>
        <translation>Неможливо прочитати ідентифікатор термінала.</translation>
    </message>
    <message>
        <source>The terminal cannot be registered.</source>
        <translation>Неможливо зареєструвати термінал.</translation>
    </message>
    <message>
        <source>The shop settings cannot be read.</source>
        <translation>Неможливо прочитати налаштування магазину.</translation>
    </message>
    <message>
        <source>The shop settings cannot be saved.</source>
        <translation>Неможливо зберегти налаштування магазину.</translation>
    </message>
    <message>
        <source>The card cannot be looked up.</source>
        <translation>Не вдалося виконати пошук картки.</translation>
    </message>
    <message>
        <source>Members cannot be searched.</source>
        <translation>Не вдалося виконати пошук учасників.</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be read.</source>
        <translation>Неможливо прочитати картки учасника.</translation>
    </message>
    <message>
        <source>The card cannot be saved.</source>
        <translation>Неможливо зберегти картку.</translation>
    </message>
    <message>
        <source>The member of this sale no longer exists.</source>
        <translation>Учасника цього продажу більше не існує.</translation>
    </message>
    <message>
        <source>The next receipt number cannot be read.</source>
        <translation>Неможливо прочитати номер наступного чека.</translation>
    </message>
    <message>
        <source>The sale cannot be saved.</source>
        <translation>Неможливо зберегти продаж.</translation>
    </message>
    <message>
        <source>A line of the sale cannot be saved.</source>
        <translation>Неможливо зберегти рядок продажу.</translation>
    </message>
    <message>
        <source>The discounts of the sale cannot be saved.</source>
        <translation>Неможливо зберегти знижки продажу.</translation>
    </message>
    <message>
        <source>The sale cannot be read.</source>
        <translation>Неможливо прочитати продаж.</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be read.</source>
        <translation>Неможливо прочитати покупки учасника.</translation>
    </message>
    <message>
        <source>Sales cannot be counted.</source>
        <translation>Неможливо підрахувати продажі.</translation>
    </message>
    <message>
        <source>The points balance cannot be read.</source>
        <translation>Неможливо прочитати баланс балів.</translation>
    </message>
    <message>
        <source>The points of the sale cannot be read.</source>
        <translation>Неможливо прочитати бали продажу.</translation>
    </message>
    <message>
        <source>The points balances cannot be checked.</source>
        <translation>Неможливо перевірити баланси балів.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Цього працівника більше не існує.</translation>
    </message>
    <message>
        <source>The staff member cannot be saved.</source>
        <translation>Неможливо зберегти дані працівника.</translation>
    </message>
    <message>
        <source>Staff cannot be read.</source>
        <translation>Неможливо прочитати список працівників.</translation>
    </message>
    <message>
        <source>The sign-in cannot be recorded.</source>
        <translation>Неможливо записати вхід.</translation>
    </message>
    <message>
        <source>The PIN cannot be saved.</source>
        <translation>Неможливо зберегти PIN.</translation>
    </message>
    <message>
        <source>The audit trail cannot be written.</source>
        <translation>Неможливо записати до журналу аудиту.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read.</source>
        <translation>Неможливо прочитати журнал аудиту.</translation>
    </message>
    <message>
        <source>The members&apos; running totals cannot be read.</source>
        <translation>Не вдається прочитати зведені підсумки за учасниками.</translation>
    </message>
    <message>
        <source>The members&apos; running totals cannot be updated.</source>
        <translation>Не вдається оновити зведені підсумки за учасниками.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo Café</source>
        <translation>Демокафе</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Каса 1</translation>
    </message>
    <message>
        <source>This database already has members; the demo was not added.</source>
        <translation>У цій базі даних уже є учасники; демодані не додано.</translation>
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
        <translation>Круасан</translation>
    </message>
    <message>
        <source>Cheesecake</source>
        <translation>Чізкейк</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>Чай</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Бронза</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Срібло</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золото</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Кавова картка</translation>
    </message>
    <message>
        <source>5% off over 30.00</source>
        <translation>Знижка 5% від 30.00</translation>
    </message>
    <message>
        <source>The demo could not be created.</source>
        <translation>Не вдалося створити демодані.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>загублена</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>New member</source>
        <translation>Новий учасник</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
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
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>day.month or day.month.year</source>
        <translation>день.місяць або день.місяць.рік</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер картки</translation>
    </message>
    <message>
        <source>Scan the new card, or F4 for a number</source>
        <translation>Відскануйте нову картку або натисніть F4 для номера</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Preferences: oat milk, no sugar…</source>
        <translation>Уподобання: вівсяне молоко, без цукру…</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>За рекомендацією</translation>
    </message>
    <message>
        <source>card or phone of the member who brought them</source>
        <translation>картка або телефон учасника, який його привів</translation>
    </message>
    <message>
        <source>New number (F4)</source>
        <translation>Новий номер (F4)</translation>
    </message>
    <message>
        <source>Agrees to offers by SMS</source>
        <translation>Згода на пропозиції в SMS</translation>
    </message>
    <message>
        <source>Agrees to offers by e-mail</source>
        <translation>Згода на пропозиції електронною поштою</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Ім’я *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Ел. пошта</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;День народження</translation>
    </message>
    <message>
        <source>&amp;Card *</source>
        <translation>&amp;Картка *</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Примітки</translation>
    </message>
    <message>
        <source>Re&amp;ferred by</source>
        <translation>За &amp;рекомендацією</translation>
    </message>
    <message>
        <source>Enroll (Enter)</source>
        <translation>Зареєструвати (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <source>Card %1 scanned.</source>
        <translation>Картку %1 відскановано.</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Редагування учасника</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Зберегти (Enter)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>%1 (type to replace)</source>
        <translation>%1 (введіть, щоб замінити)</translation>
    </message>
    <message>
        <source>Scan or type a card to replace the member&apos;s card</source>
        <translation>Відскануйте або введіть картку, щоб замінити картку учасника</translation>
    </message>
    <message>
        <source>Write or print %1 on the new card.</source>
        <translation>Напишіть або надрукуйте %1 на новій картці.</translation>
    </message>
    <message>
        <source>Scan the new card, type its number, or press F4 for a new number.</source>
        <translation>Відскануйте нову картку, введіть її номер або натисніть F4 для нового номера.</translation>
    </message>
    <message>
        <source>%1 If they share it (a family), press Enter again to save.</source>
        <translation>%1 Якщо вони користуються ним спільно (родина), натисніть Enter ще раз, щоб зберегти.</translation>
    </message>
    <message>
        <source>%1 If this is a different person (a family member), press Enter again to enroll.</source>
        <translation>%1 Якщо це інша людина (член родини), натисніть Enter ще раз, щоб зареєструвати.</translation>
    </message>
</context>
<context>
    <name>ExpiryService</name>
    <message>
        <source>The expiring points cannot be read.</source>
        <translation>Неможливо прочитати бали, що згоряють.</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Бали згоріли</translation>
    </message>
    <message>
        <source>The points cannot be recorded.</source>
        <translation>Неможливо записати бали.</translation>
    </message>
    <message>
        <source>Settling expired points: %1 of %2 lots</source>
        <translation>Списання згорілих балів: %1 з %2 нарахувань</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The delimiter must be a semicolon, a comma or a tab.</source>
        <translation>Роздільником має бути крапка з комою, кома або табуляція.</translation>
    </message>
    <message>
        <source>The members cannot be read.</source>
        <translation>Неможливо прочитати учасників.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Неможливо записати файл.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Неможливо записати %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <source>feedback scale</source>
        <translation>шкала відгуку</translation>
    </message>
    <message>
        <source>How likely is the customer to recommend us? Press 0–9, or 1 then 0 for 10.</source>
        <translation>Наскільки ймовірно, що клієнт порекомендує нас? Натисніть 0–9 або 1, потім 0 для 10.</translation>
    </message>
    <message>
        <source>How was it today? Press 1 (bad) to 5 (excellent).</source>
        <translation>Як вам сьогодні? Натисніть від 1 (погано) до 5 (чудово).</translation>
    </message>
    <message>
        <source>Feedback at the till is switched off in this shop.</source>
        <translation>Відгуки на касі в цьому магазині вимкнено.</translation>
    </message>
    <message>
        <source>The answer is %1 to %2.</source>
        <translation>Відповідь — від %1 до %2.</translation>
    </message>
    <message>
        <source>A comment has at most %1 characters.</source>
        <translation>Максимальна довжина коментаря: %1 симв.</translation>
    </message>
    <message>
        <source>Feedback belongs to a sale, and this is none.</source>
        <translation>Відгук прив’язується до продажу, а це не продаж.</translation>
    </message>
    <message>
        <source>Feedback is kept for members: this sale was a walk-in.</source>
        <translation>Відгуки зберігаються лише для учасників: цей продаж був без картки.</translation>
    </message>
    <message>
        <source>The feedback cannot be read.</source>
        <translation>Неможливо прочитати відгук.</translation>
    </message>
    <message>
        <source>This sale already has the customer&apos;s answer.</source>
        <translation>Для цього продажу вже є відповідь клієнта.</translation>
    </message>
    <message>
        <source>The feedback cannot be saved.</source>
        <translation>Неможливо зберегти відгук.</translation>
    </message>
    <message>
        <source>The comment cannot be saved.</source>
        <translation>Неможливо зберегти коментар.</translation>
    </message>
    <message>
        <source>That feedback does not exist.</source>
        <translation>Такого відгуку не існує.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up this terminal</source>
        <translation>Налаштування термінала</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no staff accounts yet: make the administrator&apos;s.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ще не має облікових записів працівників: створіть обліковий запис адміністратора.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Name the shop and this till, and make the administrator&apos;s account. All of it can be changed later.</source>
        <translation>&lt;b&gt;Вітаємо.&lt;/b&gt; Вкажіть назву магазину й цієї каси та створіть обліковий запис адміністратора. Усе це можна змінити пізніше.</translation>
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
        <translation>&amp;Назва магазину</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <source>&amp;This till</source>
        <translation>&amp;Ця каса</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Адміністратор</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits)</source>
        <translation>&amp;PIN (4–8 цифр)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>&amp;Повторіть PIN</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Почати (Enter)</translation>
    </message>
    <message>
        <source>Quit (Esc)</source>
        <translation>Вийти (Esc)</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name, as the receipt should show it.</source>
        <translation>Введіть назву магазину так, як вона має бути на чеку.</translation>
    </message>
    <message>
        <source>Name this till, e.g. &quot;Till 1&quot;.</source>
        <translation>Назвіть цю касу, напр. «Каса 1».</translation>
    </message>
    <message>
        <source>%1 is not a currency code this terminal knows (e.g. RUB, EUR, USD).</source>
        <translation>%1 — невідомий цьому терміналу код валюти (напр., RUB, EUR, USD).</translation>
    </message>
    <message>
        <source>The two PINs differ: type the PIN again.</source>
        <translation>PIN-коди не збігаються: введіть PIN ще раз.</translation>
    </message>
</context>
<context>
    <name>HeadOffice</name>
    <message>
        <source>%1 rows sent to the head office.</source>
        <translation>До головного офісу надіслано рядків: %1.</translation>
    </message>
    <message>
        <source>The head office (%1) refused the user name or password. Check the sync settings; the changes wait on this terminal.</source>
        <translation>Головний офіс (%1) відхилив ім’я користувача або пароль. Перевірте налаштування синхронізації; зміни очікують на цьому терміналі.</translation>
    </message>
    <message>
        <source>The head office server has no database by that name (%1). Check the sync settings.</source>
        <translation>На сервері головного офісу немає бази даних із такою назвою (%1). Перевірте налаштування синхронізації.</translation>
    </message>
    <message>
        <source>The head office (%1) cannot be reached. The changes wait on this terminal and go with the next sync.</source>
        <translation>Головний офіс (%1) недоступний. Зміни очікують на цьому терміналі й будуть надіслані під час наступної синхронізації.</translation>
    </message>
    <message>
        <source>This terminal cannot talk to a PostgreSQL head office: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Цей термінал не може зв’язатися з головним офісом на PostgreSQL: драйвер PostgreSQL для Qt не встановлено (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The head office connection names no database: add dbname=… to it.</source>
        <translation>У параметрах підключення до головного офісу не вказано базу даних: додайте dbname=….</translation>
    </message>
    <message>
        <source>The head office database cannot be set up.</source>
        <translation>Неможливо налаштувати базу даних головного офісу.</translation>
    </message>
    <message>
        <source>The head office was set up by a newer version of the terminal (schema %1; this one knows %2). Update this terminal.</source>
        <translation>Головний офіс налаштовано новішою версією термінала (схема %1; ця версія знає %2). Оновіть цей термінал.</translation>
    </message>
    <message>
        <source>The head office cannot register this terminal.</source>
        <translation>Головний офіс не може зареєструвати цей термінал.</translation>
    </message>
    <message>
        <source>The head office keeps its accounts in %1 and this terminal in %2: a terminal syncs only with a head office of its own currency.</source>
        <translation>Головний офіс веде облік у %1, а цей термінал — у %2: термінал синхронізується лише з головним офісом у тій самій валюті.</translation>
    </message>
    <message>
        <source>The changes cannot be sent to the head office.</source>
        <translation>Неможливо надіслати зміни до головного офісу.</translation>
    </message>
    <message>
        <source>The changes of the other terminals cannot be read from the head office.</source>
        <translation>Неможливо отримати з головного офісу зміни інших терміналів.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members from a CSV file</source>
        <translation>Імпорт учасників із файлу CSV</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не вибрано</translation>
    </message>
    <message>
        <source>&amp;Choose file… (Ctrl+O)</source>
        <translation>&amp;Вибрати файл… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (leave out the rows with errors)</source>
        <translation>Імпортувати лише &amp;правильні рядки (пропустити рядки з помилками)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Список учасників</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt *.tsv);;Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · delimiter: %2 · %n row(s) after the header</source>
        <translation>
            <numerusform>Кодування: %1 · роздільник: %2 · %n рядок після заголовка</numerusform>
            <numerusform>Кодування: %1 · роздільник: %2 · %n рядки після заголовка</numerusform>
            <numerusform>Кодування: %1 · роздільник: %2 · %n рядків після заголовка</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не імпортується —</translation>
    </message>
    <message>
        <source>Dry run, nothing written yet: %1 rows: %2 new, %3 updated, %4 already here, %5 with errors; %6 opening points.</source>
        <translation>Пробний прогін, нічого ще не записано. Рядків: %1; нових: %2, оновлених: %3, уже наявних: %4, з помилками: %5; початкових балів: %6.</translation>
    </message>
    <message>
        <source>Imported: %1 new members, %2 updated, %3 rows left out; %4 opening points.</source>
        <translation>Імпортовано. Нових учасників: %1, оновлених: %2, пропущено рядків: %3; початкових балів: %4.</translation>
    </message>
    <message>
        <source>The members were imported.</source>
        <translation>Учасників імпортовано.</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>new</source>
        <translation>новий</translation>
    </message>
    <message>
        <source>update</source>
        <translation>оновлення</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>уже є</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ПОМИЛКА</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The file has a header line but no members.</source>
        <translation>У файлі є рядок заголовка, але немає учасників.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The row has neither a card number nor a phone number, so a later import of the same file could not recognise the member.</source>
        <translation>У рядку немає ні номера картки, ні номера телефону, тож під час повторного імпорту того самого файлу учасника не вдасться розпізнати.</translation>
    </message>
    <message>
        <source>Card %1 is also on line %2.</source>
        <translation>Картка %1 є також у рядку %2.</translation>
    </message>
    <message>
        <source>Phone %1 is also on line %2; give each of these members a card number to tell them apart.</source>
        <translation>Телефон %1 є також у рядку %2; вкажіть кожному з цих учасників номер картки, щоб їх розрізнити.</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased; it cannot be reused.</source>
        <translation>Картка %1 належала учаснику, чиї дані стерто; її не можна використати повторно.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2, not to %3.</source>
        <translation>Картка %1 уже належить учаснику %2, а не учаснику %3.</translation>
    </message>
    <message>
        <source>Members cannot be searched.</source>
        <translation>Не вдалося виконати пошук учасників.</translation>
    </message>
    <message>
        <source>Several members already have phone %1: add the card number to the row.</source>
        <translation>Телефон %1 уже мають кілька учасників: додайте до рядка номер картки.</translation>
    </message>
    <message>
        <source>Phone %1 belongs to %2, not %3: add the card number to the row.</source>
        <translation>Телефон %1 належить учаснику %2, а не %3: додайте до рядка номер картки.</translation>
    </message>
    <message>
        <source>New member %1.</source>
        <translation>Новий учасник %1.</translation>
    </message>
    <message>
        <source>New member %1 with card %2.</source>
        <translation>Новий учасник %1 з карткою %2.</translation>
    </message>
    <message>
        <source>Opening balance %1 points.</source>
        <translation>Початковий баланс: %1 бал.</translation>
    </message>
    <message>
        <source>The points ledger cannot be read.</source>
        <translation>Неможливо прочитати реєстр балів.</translation>
    </message>
    <message>
        <source>card %1 is added</source>
        <translation>додано картку %1</translation>
    </message>
    <message>
        <source>an opening balance of %1 points is recorded</source>
        <translation>записано початковий баланс (балів: %1)</translation>
    </message>
    <message>
        <source>Already present: %1 has card %2.</source>
        <translation>Уже є: %1 має картку %2.</translation>
    </message>
    <message>
        <source>Already present: %1 has phone %2.</source>
        <translation>Уже є: %1 має телефон %2.</translation>
    </message>
    <message>
        <source>Existing member %1: %2.</source>
        <translation>Наявний учасник %1: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> і </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>рядок %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file have errors, so nothing was imported. Correct them, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>%n рядок файлу містить помилки, тому нічого не імпортовано. Виправте помилки або виберіть імпорт лише правильних рядків.</numerusform>
            <numerusform>%n рядки файлу містять помилки, тому нічого не імпортовано. Виправте їх або виберіть імпорт лише правильних рядків.</numerusform>
            <numerusform>%n рядків файлу містять помилки, тому нічого не імпортовано. Виправте їх або виберіть імпорт лише правильних рядків.</numerusform>
        </translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>файл CSV</translation>
    </message>
    <message>
        <source>Opening balance from %1, line %2</source>
        <translation>Початковий баланс з %1, рядок %2</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>У файлі немає стовпця «%1». Його стовпці: %2.</translation>
    </message>
    <message>
        <source>The column chosen for &quot;%1&quot; is not in the file.</source>
        <translation>Стовпця, вибраного для «%1», у файлі немає.</translation>
    </message>
    <message>
        <source>Choose the column with the members&apos; names. The file&apos;s columns are: %1.</source>
        <translation>Виберіть стовпець з іменами учасників. Стовпці файлу: %1.</translation>
    </message>
    <message>
        <source>Choose the column with the card numbers or the one with the phone numbers: without them a second import could not recognise the members it already brought in.</source>
        <translation>Виберіть стовпець із номерами карток або з номерами телефонів: без них повторний імпорт не зможе розпізнати вже імпортованих учасників.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is chosen for both &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>Стовпець «%1» вибрано і для «%2», і для «%3».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Повне ім’я</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер картки</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Баланс балів</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1 rows point at rows that do not exist.</source>
        <translation>Рядків, що посилаються на неіснуючі рядки: %1.</translation>
    </message>
    <message>
        <source>Member %1 shows a balance of %2 points but the ledger adds up to %3.</source>
        <translation>Учасник %1: баланс — %2 бал., а за реєстром балів — %3.</translation>
    </message>
    <message>
        <source>The daily sales figures disagree with the sales on %1 days; the reports would be wrong there.</source>
        <translation>Щоденні підсумки продажів не збігаються з продажами (днів: %1); звіти за ці дні були б хибними.</translation>
    </message>
    <message>
        <source>The daily points figures disagree with the points ledger by %1 points.</source>
        <translation>Щоденні підсумки балів розходяться з реєстром балів (різниця: %1 бал.).</translation>
    </message>
    <message>
        <source>The points outstanding are kept as %1 but the members&apos; balances add up to %2; the points report would be wrong.</source>
        <translation>Непогашені бали записано як %1, а сума балансів учасників — %2; звіт за балами був би хибним.</translation>
    </message>
    <message>
        <source>The members&apos; spending is kept as %1 by %2 buyers but the members add up to %3 by %4; the lifetime value would be wrong.</source>
        <translation>Витрати учасників записано як %1 від %2 покупців, а за учасниками виходить %3 від %4; довічна цінність була б хибною.</translation>
    </message>
    <message>
        <source>%1 members are counted as current but there are %2; the segments would be wrong.</source>
        <translation>Чинними враховано учасників: %1, а насправді їх %2; сегменти були б хибними.</translation>
    </message>
    <message>
        <source>The record of who bought on which day disagrees with the sales (days affected: %1); the members report would be wrong for them.</source>
        <translation>Запис про те, хто купував у який день, розходиться з продажами (зачеплено днів: %1); звіт про учасників для них був би хибним.</translation>
    </message>
    <message>
        <source>%1 members are counted as last seen on %2 but there are %3; the segments would be wrong.</source>
        <translation>%1 учасників враховано як востаннє присутніх %2, але їх %3; сегменти були б хибні.</translation>
    </message>
    <message>
        <source>%1 lots of points do not match their allocations; members&apos; points and their expiry would be wrong.</source>
        <translation>Для %1 партій балів списання не збігаються з розподілами; бали учасників і їх згоряння були б неправильні.</translation>
    </message>
</context>
<context>
    <name>LevelService</name>
    <message>
        <source>The members&apos; levels cannot be read.</source>
        <translation>Неможливо прочитати рівні учасників.</translation>
    </message>
    <message>
        <source>The members&apos; levels cannot be saved.</source>
        <translation>Неможливо зберегти рівні учасників.</translation>
    </message>
    <message>
        <source>Reviewing club levels: %1 %</source>
        <translation>Перегляд клубних рівнів: %1 %</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Хто на касі?</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Працівники</translation>
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
        <translation>Увійти (Enter)</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter</source>
        <translation>↑ ↓ виберіть своє ім’я · введіть PIN · Enter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Спершу виберіть своє ім’я.</translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation>Введіть PIN і натисніть Enter.</translation>
    </message>
</context>
<context>
    <name>LostCardDialog</name>
    <message>
        <source>Lost card</source>
        <translation>Загублена картка</translation>
    </message>
    <message>
        <source>%1 · %2 pts stay with the member</source>
        <translation>%1 · %2 бал. залишаються в учасника</translation>
    </message>
    <message>
        <source>New card number</source>
        <translation>Номер нової картки</translation>
    </message>
    <message>
        <source>Scan the new card, or F4 for a number</source>
        <translation>Відскануйте нову картку або натисніть F4 для номера</translation>
    </message>
    <message>
        <source>New number (F4)</source>
        <translation>Новий номер (F4)</translation>
    </message>
    <message>
        <source>&amp;Lost card</source>
        <translation>&amp;Загублена картка</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Нова картка</translation>
    </message>
    <message>
        <source>Block and replace (Enter)</source>
        <translation>Заблокувати й замінити (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <source>Write or print %1 on the new card.</source>
        <translation>Напишіть або надрукуйте %1 на новій картці.</translation>
    </message>
    <message>
        <source>Scan the new card, type its number, or press F4 for a new number.</source>
        <translation>Відскануйте нову картку, введіть її номер або натисніть F4 для нового номера.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loyalty Terminal — %1 · %2</source>
        <translation>Термінал лояльності — %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Керування</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Журнал аудиту…</translation>
    </message>
    <message>
        <source>&amp;Import members from a CSV file…</source>
        <translation>&amp;Імпорт учасників із файлу CSV…</translation>
    </message>
    <message>
        <source>&amp;Export members to a CSV file…</source>
        <translation>&amp;Експорт учасників у файл CSV…</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>&amp;Звіти…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>&amp;Loyalty program…</source>
        <translation>&amp;Програма лояльності…</translation>
    </message>
    <message>
        <source>Change the loyalty program</source>
        <translation>Змінити програму лояльності</translation>
    </message>
    <message>
        <source>The loyalty program was saved.</source>
        <translation>Програму лояльності збережено.</translation>
    </message>
    <message>
        <source>Re&amp;print a receipt…</source>
        <translation>&amp;Друк копії чека…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Створити &amp;резервну копію</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Створити резервну копію</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>S&amp;ync with the other terminals…</source>
        <translation>&amp;Синхронізація з іншими терміналами…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Гарячі клавіші</translation>
    </message>
    <message>
        <source>&amp;Switch person / lock (F10)</source>
        <translation>Змінити &amp;особу / заблокувати (F10)</translation>
    </message>
    <message>
        <source>Sync with the other terminals</source>
        <translation>Синхронізація з іншими терміналами</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>Очікують: %1</translation>
    </message>
    <message>
        <source>Sync failed at %1 · %2</source>
        <translation>Помилка синхронізації о %1 · %2</translation>
    </message>
    <message>
        <source>Synced %1 · %2</source>
        <translation>Синхронізовано %1 · %2</translation>
    </message>
    <message>
        <source>Not synced yet · %1</source>
        <translation>Ще не синхронізовано · %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Помилка резервного копіювання: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервну копію збережено в %1.</translation>
    </message>
    <message>
        <source>The receipt cannot be shown: %1</source>
        <translation>Неможливо показати чек: %1</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>Друк копії чека</translation>
    </message>
    <message>
        <source>Receipt &amp;number:</source>
        <translation>&amp;Номер чека:</translation>
    </message>
    <message>
        <source>The database reports damage (%1). Ask a manager to restore a backup: Manage → Restore a backup.</source>
        <translation>База даних повідомляє про пошкодження (%1). Попросіть менеджера відновити резервну копію: Керування → Відновити з резервної копії.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Backups (loyalty-*.sqlite);;All files (*)</source>
        <translation>Резервні копії (loyalty-*.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Replace the terminal&apos;s data with %1? Sales recorded after it will not be in it; the current data is kept aside. The app restarts.</source>
        <translation>Замінити дані термінала на %1? Продажів, записаних після створення копії, у ній не буде; поточні дані буде збережено окремо. Програма перезапуститься.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without a key pressed.</source>
        <translation>
            <numerusform>Заблоковано після %n хвилини без натискання клавіш.</numerusform>
            <numerusform>Заблоковано після %n хвилин без натискання клавіш.</numerusform>
            <numerusform>Заблоковано після %n хвилин без натискання клавіш.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signed out.</source>
        <translation>%1: вихід виконано.</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter signs in</source>
        <translation>↑ ↓ виберіть своє ім’я · введіть PIN · Enter — вхід</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The sale the person before left unfinished was cleared.</source>
        <translation>Незавершений продаж попереднього працівника очищено.</translation>
    </message>
    <message>
        <source>Scan or type a card + Enter · type the amount + Enter · Enter or F12 completes · Del removes a line · Esc clears · F6 pay with points · F8 refund · F10 switch person · F1 all keys</source>
        <translation>Відскануйте або введіть картку + Enter · введіть суму + Enter · Enter або F12 — завершити · Del — видалити рядок · Esc — очистити · F6 — оплата балами · F8 — повернення · F10 — змінити особу · F1 — усі клавіші</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Перегляд журналу аудиту</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Імпорт учасників</translation>
    </message>
    <message>
        <source>%1 members imported, %2 updated.</source>
        <translation>Імпортовано учасників: %1, оновлено: %2.</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Експорт учасників</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>members.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 members written to %2.</source>
        <translation>Учасників записано в %2: %1.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>more than %1 waiting</source>
        <translation>Очікують: понад %1</translation>
    </message>
</context>
<context>
    <name>MemberCardWidget</name>
    <message>
        <source>Member</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Walk-in customer.
Scan the member&apos;s card, or type a name or phone, to collect points.</source>
        <translation>Покупець без картки.
Відскануйте картку учасника або введіть ім’я чи телефон, щоб нарахувати бали.</translation>
    </message>
    <message>
        <source>F4 edit · F7 lost card · Ctrl+P points · Ctrl+M merge · F9 erase</source>
        <translation>F4 редагувати · F7 загублена картка · Ctrl+P бали · Ctrl+M об’єднати · F9 стерти</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 бал.</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1 pts expire on %2</source>
        <translation>%1 бал. згорять %2</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <translation>День народження: %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Учасник з %1</translation>
    </message>
    <message>
        <source>Last visit %1 · %2 visits</source>
        <translation>Останній візит %1 · візитів: %2</translation>
    </message>
    <message>
        <source>No purchases yet</source>
        <translation>Покупок ще немає</translation>
    </message>
    <message>
        <source>Spent %1 · average %2</source>
        <translation>Витрачено %1 · у середньому %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Примітки: %1</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Usually: %1</source>
        <translation>Зазвичай: %1</translation>
    </message>
    <message>
        <source>%1  %2  +%3 pts</source>
        <translation>%1  %2  +%3 бал.</translation>
    </message>
    <message>
        <source>Recent:
%1</source>
        <translation>Останні:
%1</translation>
    </message>
    <message>
        <source>spend %1 more for %2</source>
        <translation>ще %1 до рівня %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 — the next one is free</source>
        <translation>%1 %2 — наступний безкоштовно</translation>
    </message>
    <message>
        <source>%1 %2 %3/%4</source>
        <translation>%1 %2 %3/%4</translation>
    </message>
    <message>
        <source>Birthday offer: %1</source>
        <translation>Пропозиція на день народження: %1</translation>
    </message>
</context>
<context>
    <name>MemberInsights</name>
    <message>
        <source>The member&apos;s points cannot be read.</source>
        <translation>Неможливо прочитати бали учасника.</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be read.</source>
        <translation>Неможливо прочитати покупки учасника.</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <source>Members cannot be searched.</source>
        <translation>Не вдалося виконати пошук учасників.</translation>
    </message>
    <message>
        <source>Members cannot be read.</source>
        <translation>Неможливо прочитати учасників.</translation>
    </message>
    <message>
        <source>The search statistics cannot be counted.</source>
        <translation>Неможливо підрахувати статистику пошуку.</translation>
    </message>
</context>
<context>
    <name>MemberSearchModel</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 бал.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>Scan a card or type a card or phone number.</source>
        <translation>Відскануйте картку або введіть номер картки чи телефону.</translation>
    </message>
    <message>
        <source>That is too long to be a card or phone number.</source>
        <translation>Це задовго для номера картки чи телефону.</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased.</source>
        <translation>Картка %1 належала учаснику, чиї дані стерто.</translation>
    </message>
    <message>
        <source>Several members have phone %1: scan the card instead.</source>
        <translation>Телефон %1 мають кілька учасників: відскануйте картку.</translation>
    </message>
    <message>
        <source>No member has card or phone number %1.</source>
        <translation>Немає учасника з номером картки чи телефону %1.</translation>
    </message>
    <message>
        <source>No member has phone number %1.</source>
        <translation>Немає учасника з номером телефону %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card or phone number of any member.</source>
        <translation>«%1» не є номером картки чи телефону жодного учасника.</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>Цього учасника більше не існує.</translation>
    </message>
    <message>
        <source>No free card number was found; try again.</source>
        <translation>Не знайдено вільного номера картки; спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased: use another card.</source>
        <translation>Картка %1 належала учаснику, чиї дані стерто: використайте іншу картку.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>Картка %1 уже належить учаснику %2.</translation>
    </message>
    <message>
        <source>Referred by: %1</source>
        <translation>За рекомендацією: %1</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Вітальний бонус</translation>
    </message>
    <message>
        <source>There is no member #%1.</source>
        <translation>Учасника #%1 немає.</translation>
    </message>
    <message>
        <source>The data of member #%1 was erased.</source>
        <translation>Дані учасника #%1 стерто.</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into member #%3: open that member instead.</source>
        <translation>%1 (#%2) об’єднано з учасником #%3: відкрийте цього учасника.</translation>
    </message>
    <message>
        <source>That card is not one of %1&apos;s cards.</source>
        <translation>Ця картка не належить учаснику %1.</translation>
    </message>
    <message>
        <source>Card %1 is blocked already.</source>
        <translation>Картку %1 уже заблоковано.</translation>
    </message>
    <message>
        <source>%1 has %2 cards: say which one to replace.</source>
        <translation>%1 має кілька карток (%2): вкажіть, яку замінити.</translation>
    </message>
    <message>
        <source>The new card must have another number than the old one.</source>
        <translation>Номер нової картки має відрізнятися від номера старої.</translation>
    </message>
    <message>
        <source>replaced by card %1</source>
        <translation>замінено карткою %1</translation>
    </message>
    <message>
        <source>lost; replaced by card %1</source>
        <translation>загублена; замінено карткою %1</translation>
    </message>
    <message>
        <source>A member cannot be merged with themselves: choose the other record.</source>
        <translation>Учасника не можна об’єднати із самим собою: виберіть інший запис.</translation>
    </message>
    <message>
        <source>Merged into member #%1</source>
        <translation>Об’єднано з учасником #%1</translation>
    </message>
    <message>
        <source>Merged from member #%1</source>
        <translation>Перенесено від учасника #%1</translation>
    </message>
    <message>
        <source>Erased member #%1</source>
        <translation>Стерто дані учасника #%1</translation>
    </message>
    <message>
        <source>member data erased</source>
        <translation>дані учасника стерто</translation>
    </message>
    <message>
        <source>Type the points to add (e.g. 50) or take away (e.g. -50).</source>
        <translation>Введіть кількість балів, щоб додати (напр., 50) або зняти (напр., -50).</translation>
    </message>
    <message>
        <source>At most %1 points can be added or taken away at once.</source>
        <translation>За один раз можна додати або зняти щонайбільше %1 бал.</translation>
    </message>
    <message>
        <source>Say why: the reason goes into the member&apos;s history and the audit trail.</source>
        <translation>Вкажіть причину: вона потрапить до історії учасника та журналу аудиту.</translation>
    </message>
    <message>
        <source>A reason has at most 200 characters.</source>
        <translation>Причина — не більше 200 символів.</translation>
    </message>
    <message>
        <source>%1 has %2 points: at most that many can be taken away.</source>
        <translation>%1 має %2 бал.: більше зняти не можна.</translation>
    </message>
    <message>
        <source>Card %1 is blocked since %2. Ask for the member&apos;s phone number or another card.</source>
        <translation>Картку %1 заблоковано з %2. Запитайте номер телефону учасника або іншу картку.</translation>
    </message>
    <message>
        <source>Card %1 is blocked since %2 (%3). Ask for the member&apos;s phone number or another card.</source>
        <translation>Картку %1 заблоковано з %2 (%3). Запитайте номер телефону учасника або іншу картку.</translation>
    </message>
    <message>
        <source>%1 already has this phone number.</source>
        <translation>Цей номер телефону вже має %1.</translation>
    </message>
    <message>
        <source>%1 already has this e-mail address.</source>
        <translation>Цю адресу ел. пошти вже має %1.</translation>
    </message>
</context>
<context>
    <name>MemberValidation</name>
    <message>
        <source>It contains a broken character (half of a character pair).</source>
        <translation>Містить пошкоджений символ (половину пари символів).</translation>
    </message>
    <message>
        <source>It contains characters that could not be read (�): is the file in another encoding?</source>
        <translation>Містить символи, які не вдалося прочитати (�): можливо, файл в іншому кодуванні?</translation>
    </message>
    <message>
        <source>It contains control characters, which cannot be typed or printed.</source>
        <translation>Містить керівні символи, які неможливо ввести чи надрукувати.</translation>
    </message>
    <message>
        <source>The name is not valid: %1</source>
        <translation>Неприпустиме ім’я: %1</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Введіть ім’я учасника.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Максимальна довжина імені: %1 симв.; це має %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + - ( ) only.</source>
        <translation>«%1» не є номером телефону: використовуйте лише цифри, пробіли та + - ( ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: a phone number has %2 to %3 digits.</source>
        <translation>«%1» не є номером телефону: номер має містити від %2 до %3 цифр.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid: %1</source>
        <translation>Неприпустима адреса ел. пошти: %1</translation>
    </message>
    <message>
        <source>An e-mail address has at most %1 characters.</source>
        <translation>Максимальна довжина адреси ел. пошти: %1 симв.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it contains a space.</source>
        <translation>«%1» не є адресою ел. пошти: містить пробіл.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it contains &quot;%2&quot;.</source>
        <translation>«%1» не є адресою ел. пошти: містить «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it needs exactly one @.</source>
        <translation>«%1» не є адресою ел. пошти: має бути рівно один символ @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: check the part before the @.</source>
        <translation>«%1» не є адресою ел. пошти: перевірте частину перед @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: check the part after the @ (like shop.com).</source>
        <translation>«%1» не є адресою ел. пошти: перевірте частину після @ (напр., shop.com).</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, write the year with four digits (1990), or leave it out.</source>
        <translation>У «%1» запишіть рік чотирма цифрами (1990) або пропустіть його.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: write it as 31.12 or 31.12.1990.</source>
        <translation>«%1» не є датою народження: пишіть у форматі 31.12 або 31.12.1990.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: there is no month %2.</source>
        <translation>«%1» не є датою народження: місяця %2 не існує.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: the year is before 1900.</source>
        <translation>«%1» не є датою народження: рік раніше 1900.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: %2 is not a leap year.</source>
        <translation>«%1» не є датою народження: %2 — не високосний рік.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: that month has no day %2.</source>
        <translation>«%1» не є датою народження: у цьому місяці немає %2-го числа.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: the date is in the future.</source>
        <translation>«%1» не є датою народження: дата в майбутньому.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Введіть номер картки.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a card number a spreadsheet turned into a rounded number; format the column as text and export again.</source>
        <translation>«%1» — номер картки, який електронна таблиця перетворила на округлене число; задайте для стовпця текстовий формат і експортуйте ще раз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card number: a card number has digits only.</source>
        <translation>«%1» не є номером картки: номер картки містить лише цифри.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card number: a card number has %2 to %3 digits.</source>
        <translation>«%1» не є номером картки: номер картки має від %2 до %3 цифр.</translation>
    </message>
    <message>
        <source>Card number %1 has a wrong check digit (the last one): it was probably misread or mistyped.</source>
        <translation>Номер картки %1 має неправильну контрольну цифру (останню): імовірно, його неправильно зчитано або введено.</translation>
    </message>
    <message>
        <source>The notes are not valid: %1</source>
        <translation>Неприпустимі примітки: %1</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters; these have %2.</source>
        <translation>Максимальна довжина приміток: %1 симв.; ці мають %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points: an opening balance cannot be negative.</source>
        <translation>Бали «%1»: початковий баланс не може бути від’ємним.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points: write a whole number, like 1240.</source>
        <translation>«%1» не є кількістю балів: введіть ціле число, напр. 1240.</translation>
    </message>
    <message>
        <source>%1 points is more than a member can hold.</source>
        <translation>%1 бал. — більше, ніж може мати учасник.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрити повідомлення</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Введіть суму.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» не є сумою.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use %2 for decimals, as in %3.</source>
        <translation>«%1» не є сумою: для дробової частини використовуйте %2, як у %3.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals.</source>
        <translation>Суми в %1 не мають дробової частини.</translation>
    </message>
    <message numerus="yes">
        <source>An amount has at most %n decimal(s).</source>
        <translation>
            <numerusform>Сума може мати не більше %n знака після коми.</numerusform>
            <numerusform>Сума може мати не більше %n знаків після коми.</numerusform>
            <numerusform>Сума може мати не більше %n знаків після коми.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be added.</source>
        <translation>Суми в %1 і %2 не можна додавати.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сума завелика.</translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>The level period must be 1 to 120 months.</source>
        <translation>Період рівня має становити від 1 до 120 місяців.</translation>
    </message>
    <message>
        <source>Level %1 needs a code and a name.</source>
        <translation>Для рівня %1 потрібні код і назва.</translation>
    </message>
    <message>
        <source>%1: the threshold cannot be negative.</source>
        <translation>%1: поріг не може бути від’ємним.</translation>
    </message>
    <message>
        <source>%1 must need more spend than %2.</source>
        <translation>%1 має вимагати більшої суми покупок, ніж %2.</translation>
    </message>
    <message>
        <source>%1: the points multiplier must be 0% to 1000%.</source>
        <translation>%1: множник балів має бути від 0% до 1000%.</translation>
    </message>
    <message>
        <source>%1: the discount must be 0% to 100%.</source>
        <translation>%1: знижка має бути від 0% до 100%.</translation>
    </message>
    <message>
        <source>The birthday window is 0 to 60 days on each side.</source>
        <translation>Період дня народження — від 0 до 60 днів з кожного боку.</translation>
    </message>
    <message>
        <source>The birthday bonus needs a number of points above zero.</source>
        <translation>Для бонусу до дня народження потрібна кількість балів, більша за нуль.</translation>
    </message>
    <message>
        <source>The birthday discount must be above 0% and at most 100%.</source>
        <translation>Знижка до дня народження має бути більшою за 0% і не більшою за 100%.</translation>
    </message>
    <message>
        <source>Choose the product given on birthdays.</source>
        <translation>Виберіть товар, який дарують на день народження.</translation>
    </message>
    <message>
        <source>A stamp card needs a name.</source>
        <translation>Для картки штампів потрібна назва.</translation>
    </message>
    <message>
        <source>%1: choose either one product or one category.</source>
        <translation>%1: виберіть або один товар, або одну категорію.</translation>
    </message>
    <message>
        <source>%1: the number to buy must be 1 to 100.</source>
        <translation>%1: кількість для купівлі має бути від 1 до 100.</translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1 закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>%1: the hours must have a start before their end.</source>
        <translation>%1: початок годин дії має бути раніше за кінець.</translation>
    </message>
    <message>
        <source>%1: the discount must be above 0% and at most 100%, the threshold not negative.</source>
        <translation>%1: знижка має бути більшою за 0% і не більшою за 100%, а поріг — не від’ємним.</translation>
    </message>
    <message>
        <source>%1: the points multiplier must be above 100% and at most 1000%.</source>
        <translation>%1: множник балів має бути більшим за 100% і не більшим за 1000%.</translation>
    </message>
    <message>
        <source>%1 and %2 can apply at the same time: give one a higher priority.</source>
        <translation>%1 і %2 можуть діяти одночасно: надайте одній із них вищий пріоритет.</translation>
    </message>
    <message>
        <source>A point must be worth at least one minor unit (0.01).</source>
        <translation>Бал має коштувати щонайменше одну мінімальну одиницю валюти (0.01).</translation>
    </message>
    <message>
        <source>The share of a check payable with points must be above 0% and at most 100%.</source>
        <translation>Частка чека, яку можна оплатити балами, має бути більшою за 0% і не більшою за 100%.</translation>
    </message>
    <message>
        <source>The minimum balance cannot be negative.</source>
        <translation>Мінімальний баланс не може бути від’ємним.</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>Оплату балами в цьому магазині вимкнено.</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Введіть кількість балів, більшу за нуль.</translation>
    </message>
    <message>
        <source>Points can be used from a balance of %1; the member has %2.</source>
        <translation>Бали можна використовувати від балансу %1; в учасника — %2.</translation>
    </message>
    <message numerus="yes">
        <source>The member has %Ln point(s), fewer than %1.</source>
        <translation>
            <numerusform>В учасника %Ln бал, це менше ніж %1.</numerusform>
            <numerusform>В учасника %Ln бали, це менше ніж %1.</numerusform>
            <numerusform>В учасника %Ln балів, це менше ніж %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln point(s) can pay for this check.</source>
        <translation>
            <numerusform>Цей чек можна оплатити щонайбільше %Ln балом.</numerusform>
            <numerusform>Цей чек можна оплатити щонайбільше %Ln балами.</numerusform>
            <numerusform>Цей чек можна оплатити щонайбільше %Ln балами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln point(s) are usable, fewer than %1.</source>
        <translation>
            <numerusform>Доступний лише %Ln бал, це менше ніж %1.</numerusform>
            <numerusform>Доступні лише %Ln бали, це менше ніж %1.</numerusform>
            <numerusform>Доступно лише %Ln балів, це менше ніж %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayWithPointsDialog</name>
    <message>
        <source>Pay with points</source>
        <translation>Оплата балами</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pay with points&lt;/b&gt;</source>
        <translation>&lt;b&gt;Оплата балами&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 has %2 points. On this sale: up to %3 points (%4).</source>
        <translation>%1: %2 бал. Для цього продажу — до %3 бал. (%4).</translation>
    </message>
    <message>
        <source>a number, or max</source>
        <translation>число або макс</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Бали</translation>
    </message>
    <message>
        <source>Use points (Enter)</source>
        <translation>Використати бали (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс</translation>
    </message>
    <message>
        <source>Type a whole number of points, or max.</source>
        <translation>Введіть цілу кількість балів або макс.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Ask the member: pay %1 with %2 points?</source>
        <translation>Запитайте учасника: оплатити %1 балами (%2 бал.)?</translation>
    </message>
    <message>
        <source>Member agrees (Enter)</source>
        <translation>Учасник згоден (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln point(s) on this sale.</source>
        <translation>
            <numerusform>Не більше %Ln бала на цей продаж.</numerusform>
            <numerusform>Не більше %Ln балів на цей продаж.</numerusform>
            <numerusform>Не більше %Ln балів на цей продаж.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Record a sale</source>
        <translation>Оформлення продажу</translation>
    </message>
    <message>
        <source>Enrol a member</source>
        <translation>Реєстрація учасника</translation>
    </message>
    <message>
        <source>Edit a member</source>
        <translation>Редагування учасника</translation>
    </message>
    <message>
        <source>Replace a lost card</source>
        <translation>Заміна загубленої картки</translation>
    </message>
    <message>
        <source>See full phone and e-mail</source>
        <translation>Перегляд повного телефону й ел. пошти</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>Повернення продажу</translation>
    </message>
    <message>
        <source>Void a sale</source>
        <translation>Анулювання продажу</translation>
    </message>
    <message>
        <source>Adjust points by hand</source>
        <translation>Ручне коригування балів</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>Об’єднання двох учасників</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data</source>
        <translation>Стирання персональних даних учасника</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Імпорт учасників</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Експорт персональних даних</translation>
    </message>
    <message>
        <source>Change the loyalty program</source>
        <translation>Зміна програми лояльності</translation>
    </message>
    <message>
        <source>Read reports</source>
        <translation>Перегляд звітів</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Перегляд журналу аудиту</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Резервне копіювання</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Exchange data with head office</source>
        <translation>Обмін даними з головним офісом</translation>
    </message>
    <message>
        <source>Manage staff and PINs</source>
        <translation>Керування працівниками та PIN</translation>
    </message>
    <message>
        <source>Change shop settings</source>
        <translation>Зміна налаштувань магазину</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>касир</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN має містити від %1 до %2 цифр.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN має містити лише цифри.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: avoid one digit repeated or a run like 1234.</source>
        <translation>Цей PIN надто легко вгадати: уникайте повторення однієї цифри чи послідовностей на кшталт 1234.</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>The member&apos;s stamps cannot be read.</source>
        <translation>Неможливо прочитати штампи учасника.</translation>
    </message>
    <message>
        <source>The stamps cannot be recorded.</source>
        <translation>Неможливо записати штампи.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>The sale has no lines yet.</source>
        <translation>У продажу ще немає рядків.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: price and quantity must be above zero.</source>
        <translation>«%1»: ціна й кількість мають бути більшими за нуль.</translation>
    </message>
    <message>
        <source>The total is above this shop&apos;s limit for one sale.</source>
        <translation>Сума перевищує ліміт магазину для одного продажу.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n free</source>
        <translation>
            <numerusform>%1: %n шт. безкоштовно</numerusform>
            <numerusform>%1: %n шт. безкоштовно</numerusform>
            <numerusform>%1: %n шт. безкоштовно</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: %1 free</source>
        <translation>День народження: %1 безкоштовно</translation>
    </message>
    <message>
        <source>%1 −%2%</source>
        <translation>%1 −%2%</translation>
    </message>
    <message>
        <source>Birthday −%1%</source>
        <translation>День народження −%1%</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Введіть кількість балів, більшу за нуль.</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %n point(s)</source>
        <translation>
            <numerusform>Оплачено %n балом</numerusform>
            <numerusform>Оплачено %n балами</numerusform>
            <numerusform>Оплачено %n балами</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус до дня народження</translation>
    </message>
    <message>
        <source>Two %1 share the code &quot;%2&quot;.</source>
        <translation>%1: код «%2» використано двічі.</translation>
    </message>
    <message>
        <source>%1: a stamp card needs a code.</source>
        <translation>%1: для картки штампів потрібен код.</translation>
    </message>
    <message>
        <source>club levels</source>
        <translation>клубні рівні</translation>
    </message>
    <message>
        <source>stamp cards</source>
        <translation>картки штампів</translation>
    </message>
    <message>
        <source>promotions</source>
        <translation>акції</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>The products cannot be read.</source>
        <translation>Неможливо прочитати товари.</translation>
    </message>
    <message>
        <source>A product needs a code of 1 to 32 characters.</source>
        <translation>Код товару має містити від 1 до 32 символів.</translation>
    </message>
    <message>
        <source>A product needs a name of 1 to 80 characters.</source>
        <translation>Назва товару має містити від 1 до 80 символів.</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>Ціна має бути більшою за нуль.</translation>
    </message>
    <message>
        <source>Quick keys are 1 to 9.</source>
        <translation>Швидкі клавіші — від 1 до 9.</translation>
    </message>
    <message>
        <source>The code %1 is taken by %2.</source>
        <translation>Код %1 уже використовує %2.</translation>
    </message>
    <message>
        <source>Alt+%1 is %2&apos;s quick key.</source>
        <translation>Alt+%1 — швидка клавіша товару %2.</translation>
    </message>
    <message>
        <source>The product cannot be saved.</source>
        <translation>Неможливо зберегти товар.</translation>
    </message>
</context>
<context>
    <name>ProgramCodec</name>
    <message>
        <source>The loyalty program setting %1 has a value of the wrong kind.</source>
        <translation>Параметр програми лояльності %1 має значення неправильного типу.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: «%2» не є цілим числом.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a percentage such as 5 or 2.5.</source>
        <translation>%1: «%2» не є відсотком, як-от 5 чи 2.5.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (2026-12-31).</source>
        <translation>%1: «%2» не є датою (2026-12-31).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time (15:00).</source>
        <translation>%1: «%2» не є часом (15:00).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Програма лояльності</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loyalty program&lt;/b&gt; — a change takes effect at the moment below and never changes a sale already made</source>
        <translation>&lt;b&gt;Програма лояльності&lt;/b&gt; — зміна набуває чинності в зазначений нижче момент і ніколи не змінює вже здійснених продажів</translation>
    </message>
    <message>
        <source>Down (9.99 earns 9)</source>
        <translation>Униз (9.99 дає 9)</translation>
    </message>
    <message>
        <source>To the nearest (9.50 earns 10)</source>
        <translation>До найближчого (9.50 дає 10)</translation>
    </message>
    <message>
        <source>Up (9.01 earns 10)</source>
        <translation>Угору (9.01 дає 10)</translation>
    </message>
    <message>
        <source>categories, separated by commas</source>
        <translation>категорії через кому</translation>
    </message>
    <message>
        <source>product codes, separated by commas</source>
        <translation>коди товарів через кому</translation>
    </message>
    <message>
        <source>&amp;Points given</source>
        <translation>&amp;Нараховується балів</translation>
    </message>
    <message>
        <source>… for every &amp;amount paid</source>
        <translation>… за кожну сплачену &amp;суму</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>&amp;Округлення</translation>
    </message>
    <message>
        <source>Points &amp;expire after (months, 0 = never)</source>
        <translation>Бали з&amp;горяють через (міс., 0 = ніколи)</translation>
    </message>
    <message>
        <source>&amp;Categories that earn nothing</source>
        <translation>&amp;Категорії без нарахування</translation>
    </message>
    <message>
        <source>Pro&amp;ducts that earn nothing</source>
        <translation>&amp;Товари без нарахування</translation>
    </message>
    <message>
        <source>&amp;Welcome bonus (points)</source>
        <translation>&amp;Вітальний бонус (бали)</translation>
    </message>
    <message>
        <source>Re&amp;ferral bonus for both (points)</source>
        <translation>Бонус за реком&amp;ендацію обом (бали)</translation>
    </message>
    <message>
        <source>&amp;Largest sale</source>
        <translation>&amp;Максимальний продаж</translation>
    </message>
    <message>
        <source>Ask CSAT: how was it today (1–5)</source>
        <translation>Питати CSAT: як вам сьогодні (1–5)</translation>
    </message>
    <message>
        <source>Ask NPS: would they recommend us (0–10)</source>
        <translation>Питати NPS: чи порекомендували б нас (0–10)</translation>
    </message>
    <message>
        <source>Do not ask</source>
        <translation>Не питати</translation>
    </message>
    <message>
        <source>Feedback after a &amp;member sale</source>
        <translation>Відгук після продажу &amp;учаснику</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Spend to reach</source>
        <translation>Сума для досягнення</translation>
    </message>
    <message>
        <source>Points × %</source>
        <translation>Бали × %</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Знижка %</translation>
    </message>
    <message>
        <source>Spend counted over (&amp;months)</source>
        <translation>Період підрахунку покупок (&amp;міс.)</translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation>&amp;Рівні</translation>
    </message>
    <message>
        <source>Club levels</source>
        <translation>Клубні рівні</translation>
    </message>
    <message>
        <source>&amp;Birthday offer</source>
        <translation>Пропозиція на день &amp;народження</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Бонусні бали</translation>
    </message>
    <message>
        <source>Percent off the sale</source>
        <translation>Знижка на продаж, %</translation>
    </message>
    <message>
        <source>A free product</source>
        <translation>Безкоштовний товар</translation>
    </message>
    <message>
        <source>Days &amp;before the birthday</source>
        <translation>Днів &amp;до дня народження</translation>
    </message>
    <message>
        <source>Days &amp;after</source>
        <translation>Днів п&amp;ісля</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Пропозиція</translation>
    </message>
    <message>
        <source>Bonus &amp;points</source>
        <translation>Бонусні &amp;бали</translation>
    </message>
    <message>
        <source>Percent o&amp;ff</source>
        <translation>Відсоток зни&amp;жки</translation>
    </message>
    <message>
        <source>Free product (&amp;code)</source>
        <translation>Безкоштовний товар (&amp;код)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Код товару</translation>
    </message>
    <message>
        <source>or category</source>
        <translation>або категорія</translation>
    </message>
    <message>
        <source>Buy (then 1 free)</source>
        <translation>Купити (потім 1 безкоштовно)</translation>
    </message>
    <message>
        <source>Stamp cards</source>
        <translation>Картки штампів</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Дні тижня</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Від суми</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Kind: discount or points. Dates 2026-12-31 and times 15:00 may stay empty (always); weekdays 1 = Monday … 7, e.g. 6,7.</source>
        <translation>Тип: знижка або бали. Дати 2026-12-31 і час 15:00 можна не заповнювати (завжди); дні тижня 1 = понеділок … 7, напр. 6,7.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Акції</translation>
    </message>
    <message>
        <source>Members may &amp;pay with points</source>
        <translation>Учасники можуть &amp;оплачувати балами</translation>
    </message>
    <message>
        <source>Points &amp;earned on the part paid with points too</source>
        <translation>&amp;Нараховувати бали й на частину, оплачену балами</translation>
    </message>
    <message>
        <source>One point &amp;pays</source>
        <translation>Один бал &amp;дорівнює</translation>
    </message>
    <message>
        <source>At most this &amp;share of the check (%)</source>
        <translation>Максимальна &amp;частка чека (%)</translation>
    </message>
    <message>
        <source>Only from a &amp;balance of (points)</source>
        <translation>Лише від &amp;балансу (бали)</translation>
    </message>
    <message>
        <source>Paying with points</source>
        <translation>Оплата балами</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Діє з</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>why, for the history (optional)</source>
        <translation>причина, для історії (необов’язково)</translation>
    </message>
    <message>
        <source>&amp;Takes effect</source>
        <translation>Діє &amp;з</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примітка</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Зберегти (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>бали</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>знижка</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Нараховується балів</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Сплачена сума</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Термін дії балів</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Вітальний бонус</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>Бонус за рекомендацію</translation>
    </message>
    <message>
        <source>Largest sale</source>
        <translation>Максимальний продаж</translation>
    </message>
    <message>
        <source>Level period</source>
        <translation>Період рівня</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Рівень %1</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Днів до</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>Днів після</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус до дня народження</translation>
    </message>
    <message>
        <source>Birthday percent</source>
        <translation>Знижка до дня народження, %</translation>
    </message>
    <message>
        <source>Stamp card %1</source>
        <translation>Картка штампів %1</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>Акція %1</translation>
    </message>
    <message>
        <source>One point pays</source>
        <translation>Один бал дорівнює</translation>
    </message>
    <message>
        <source>Share of the check</source>
        <translation>Частка чека</translation>
    </message>
    <message>
        <source>Minimum balance</source>
        <translation>Мінімальний баланс</translation>
    </message>
</context>
<context>
    <name>ProgramService</name>
    <message>
        <source>The loyalty program cannot be read.</source>
        <translation>Неможливо прочитати програму лояльності.</translation>
    </message>
    <message>
        <source>The loyalty program begins on %1; nothing can be recorded before it.</source>
        <translation>Програма лояльності діє з %1; раніше цієї дати нічого записати не можна.</translation>
    </message>
    <message>
        <source>This terminal has no loyalty program yet.</source>
        <translation>На цьому терміналі ще немає програми лояльності.</translation>
    </message>
    <message>
        <source>That version of the loyalty program does not exist.</source>
        <translation>Такої версії програми лояльності не існує.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <source>A change takes effect now or later: past sales keep the rules they were made with.</source>
        <translation>Зміна набуває чинності зараз або пізніше: для минулих продажів діють правила, за якими їх здійснено.</translation>
    </message>
    <message>
        <source>A note has at most 200 characters.</source>
        <translation>Примітка — не більше 200 символів.</translation>
    </message>
    <message>
        <source>earn rate</source>
        <translation>норма нарахування</translation>
    </message>
    <message>
        <source>The loyalty program settings are inconsistent: %1</source>
        <translation>Налаштування програми лояльності суперечливі: %1</translation>
    </message>
    <message>
        <source>The loyalty program could not be saved.</source>
        <translation>Не вдалося зберегти програму лояльності.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receipt %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Чек %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer&apos;s words (optional); Enter saves</source>
        <translation>Слова клієнта (необов’язково); Enter — зберегти</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>&amp;Друк (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF (Ctrl+S)</source>
        <translation>&amp;Зберегти як PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Next sale (Enter)</source>
        <translation>Наступний продаж (Enter)</translation>
    </message>
    <message>
        <source>Esc or the next scan skips.</source>
        <translation>Esc або наступне сканування — пропустити.</translation>
    </message>
    <message>
        <source>The answer is %1 to %2.</source>
        <translation>Відповідь — від %1 до %2.</translation>
    </message>
    <message>
        <source>Thank you: %1 saved. A comment? Type it and press Enter; Esc skips.</source>
        <translation>Дякуємо: %1 збережено. Коментар? Введіть його й натисніть Enter; Esc — пропустити.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Не вдалося записати PDF у %1.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Надіслано на %1.</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Зберегти чек як PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Збережено в %1.</translation>
    </message>
</context>
<context>
    <name>ReceiptFormat</name>
    <message>
        <source>REFUND %1 (receipt %2)</source>
        <translation>ПОВЕРНЕННЯ %1 (чек %2)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source>%1  %2 × %3</source>
        <translation>%1  %2 × %3</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 бал.</translation>
    </message>
    <message>
        <source>Points given back (%1)</source>
        <translation>Повернуто балів (%1)</translation>
    </message>
    <message>
        <source>GIVEN BACK</source>
        <translation>ПОВЕРНУТО</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>РАЗОМ</translation>
    </message>
    <message>
        <source>%1 · card …%2</source>
        <translation>%1 · картка …%2</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Нараховано балів</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <translation>Списано балів</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Використано балів</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 бал.</translation>
    </message>
    <message>
        <source>Spend %1 more for %2.</source>
        <translation>Ще %1 до рівня %2.</translation>
    </message>
    <message>
        <source>Club level: %1.</source>
        <translation>Клубний рівень: %1.</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Касир: %1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Дякуємо!</translation>
    </message>
    <message>
        <source>The receipt cannot be read.</source>
        <translation>Неможливо прочитати чек.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till.</source>
        <translation>На цій касі немає чека %1.</translation>
    </message>
    <message>
        <source>This sale does not exist.</source>
        <translation>Такого продажу не існує.</translation>
    </message>
    <message>
        <source>(erased member)</source>
        <translation>(дані учасника стерто)</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <translation>
            <numerusform>Оплачено %Ln балом</numerusform>
            <numerusform>Оплачено %Ln балами</numerusform>
            <numerusform>Оплачено %Ln балами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) had already been used: the balance is below zero.</source>
        <translation>
            <numerusform>%Ln бал уже було використано: баланс нижче нуля.</numerusform>
            <numerusform>%Ln бали вже було використано: баланс нижче нуля.</numerusform>
            <numerusform>%Ln балів уже було використано: баланс нижче нуля.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1.</source>
        <translation>
            <numerusform>%Ln бал згорить %1.</numerusform>
            <numerusform>%Ln бали згорять %1.</numerusform>
            <numerusform>%Ln балів згорять %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Give a sale back</source>
        <translation>Повернення продажу</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give a sale back&lt;/b&gt;</source>
        <translation>&lt;b&gt;Повернення продажу&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. wrong order, the customer changed their mind</source>
        <translation>напр., помилкове замовлення, клієнт передумав</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Back already</source>
        <translation>Уже повернуто</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Чек</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Рядки</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Give back (Enter)</source>
        <translation>Повернути (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <source>Type the receipt number.</source>
        <translation>Введіть номер чека.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 points earned</source>
        <translation>%1 · %2 · нараховано балів: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of items.</source>
        <translation>«%1» не є кількістю товарів.</translation>
    </message>
    <message>
        <source>Nothing to give back: every quantity is 0.</source>
        <translation>Нічого повертати: усі кількості дорівнюють 0.</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>The sale cannot be read.</source>
        <translation>Неможливо прочитати продаж.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till.</source>
        <translation>На цій касі немає чека %1.</translation>
    </message>
    <message>
        <source>This sale does not exist.</source>
        <translation>Такого продажу не існує.</translation>
    </message>
    <message>
        <source>Say why the sale is given back: the reason goes into the audit trail.</source>
        <translation>Вкажіть причину повернення: вона потрапить до журналу аудиту.</translation>
    </message>
    <message>
        <source>A reason has at most 200 characters.</source>
        <translation>Причина — не більше 200 символів.</translation>
    </message>
    <message>
        <source>Receipt %1 is itself a refund.</source>
        <translation>Чек %1 сам є поверненням.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>У чеку %1 немає рядка %2.</translation>
    </message>
    <message>
        <source>Receipt %1: only %2 of &quot;%3&quot; can still be given back.</source>
        <translation>Чек %1: «%3» можна повернути ще лише в кількості %2.</translation>
    </message>
    <message>
        <source>Receipt %1 was already given back (refund receipt %2).</source>
        <translation>Чек %1 уже повернуто (чек повернення %2).</translation>
    </message>
    <message>
        <source>Choose what is given back: no quantity was entered.</source>
        <translation>Виберіть, що повертається: кількість не введено.</translation>
    </message>
    <message>
        <source>Receipt %1 given back: %2</source>
        <translation>Повернення за чеком %1: %2</translation>
    </message>
    <message>
        <source>The member&apos;s stamps cannot be read.</source>
        <translation>Неможливо прочитати штампи учасника.</translation>
    </message>
    <message>
        <source>The refund cannot be saved.</source>
        <translation>Неможливо зберегти повернення.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation>Виберіть перший і останній день звіту.</translation>
    </message>
    <message>
        <source>The range ends before it starts: %1 is before %2.</source>
        <translation>Період закінчується раніше, ніж починається: %1 раніше за %2.</translation>
    </message>
    <message>
        <source>A report covers at most ten years.</source>
        <translation>Звіт охоплює не більше десяти років.</translation>
    </message>
    <message>
        <source>The sales cannot be read.</source>
        <translation>Неможливо прочитати продажі.</translation>
    </message>
    <message>
        <source>The points cannot be read.</source>
        <translation>Неможливо прочитати бали.</translation>
    </message>
    <message>
        <source>The refunds cannot be read.</source>
        <translation>Неможливо прочитати повернення.</translation>
    </message>
    <message>
        <source>The members cannot be read.</source>
        <translation>Неможливо прочитати учасників.</translation>
    </message>
    <message>
        <source>The feedback cannot be read.</source>
        <translation>Неможливо прочитати відгуки.</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>день народження %1</translation>
    </message>
    <message>
        <source>%1 pts expire on %2</source>
        <translation>%1 бал. згорять %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>останній візит %1</translation>
    </message>
    <message>
        <source>balance %1 pts</source>
        <translation>баланс %1 бал.</translation>
    </message>
    <message>
        <source>spent %1</source>
        <translation>витрачено %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Чемпіони</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активні</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Під ризиком</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Втрачені</translation>
    </message>
    <message>
        <source>The cohorts cannot be read.</source>
        <translation>Неможливо прочитати когорти.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Неможливо записати %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Звіти&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;З</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Усі каси</translation>
    </message>
    <message>
        <source>The tills cannot be read.</source>
        <translation>Неможливо прочитати список кас.</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>За днями</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>За тижнями</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>За місяцями</translation>
    </message>
    <message>
        <source>Run (F5)</source>
        <translation>Сформувати (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
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
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation>Дні народження в найближчі 14 днів</translation>
    </message>
    <message>
        <source>Points expiring in the next 30 days</source>
        <translation>Бали, що згорять у найближчі 30 днів</translation>
    </message>
    <message>
        <source>Not seen for 60 days (win-back)</source>
        <translation>Без візитів 60 днів (повернути клієнтів)</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>Найкращі учасники</translation>
    </message>
    <message>
        <source>Balances below zero</source>
        <translation>Баланси нижче нуля</translation>
    </message>
    <message>
        <source>Export for &amp;SMS…</source>
        <translation>Експорт для &amp;SMS…</translation>
    </message>
    <message>
        <source>Export for &amp;e-mail…</source>
        <translation>Експорт для &amp;ел. пошти…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Витрачено</translation>
    </message>
    <message>
        <source>Contact allowed</source>
        <translation>Згода на контакт</translation>
    </message>
    <message>
        <source>Action lists</source>
        <translation>Списки дій</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Останній візит</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменти</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорти</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Зберегти звіт як PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Збережено в %1.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Зберегти звіт як CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the period and press &lt;b&gt;Run&lt;/b&gt; (F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Виберіть період і натисніть &lt;b&gt;Сформувати&lt;/b&gt; (F5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The reports were cancelled.</source>
        <translation>Формування звітів скасовано.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <source>Members&apos; share of revenue</source>
        <translation>Частка учасників у виручці</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Надано знижок</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Нараховано</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Згоріло</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Скориговано</translation>
    </message>
    <message>
        <source>Outstanding now</source>
        <translation>Залишок зараз</translation>
    </message>
    <message>
        <source>Refunds that left a balance below zero</source>
        <translation>Повернення, після яких баланс нижче нуля</translation>
    </message>
    <message>
        <source>%1 (%2 pts)</source>
        <translation>%1 (%2 бал.)</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Зобов’язання за балами</translation>
    </message>
    <message>
        <source>— (paying with points is off)</source>
        <translation>— (оплату балами вимкнено)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активні</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Частка повторних покупок</translation>
    </message>
    <message>
        <source>Average visits</source>
        <translation>Середня кількість візитів</translation>
    </message>
    <message>
        <source>Retention (CRR)</source>
        <translation>Утримання (CRR)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Відтік</translation>
    </message>
    <message>
        <source>Lifetime value (CLV)</source>
        <translation>Пожиттєва цінність (CLV)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Відгуки</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Відповіді NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Відповіді CSAT</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>За цей період продажів немає.</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Виручка (%1)</translation>
    </message>
    <message>
        <source>NPS and CSAT by month</source>
        <translation>NPS і CSAT за місяцями</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>немає відповідей</translation>
    </message>
    <message>
        <source>Members by segment</source>
        <translation>Учасники за сегментами</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>Joined (members)</source>
        <translation>Приєдналися (учасники)</translation>
    </message>
    <message>
        <source>Month 0</source>
        <translation>Місяць 0</translation>
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
        <translation>ел. пошта</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Run the reports first (F5).</source>
        <translation>Спершу сформуйте звіти (F5).</translation>
    </message>
    <message>
        <source>Save the list as CSV</source>
        <translation>Зберегти список як CSV</translation>
    </message>
    <message>
        <source>%1 members who allow it were written to %2.</source>
        <translation>Учасників, які дали згоду, записано в %2: %1.</translation>
    </message>
    <message>
        <source>Cohorts: share of each month&apos;s new members who bought, by months since joining</source>
        <translation>Когорти: частка нових учасників кожного місяця, які робили покупки, за місяцями від приєднання</translation>
    </message>
    <message>
        <source>%1: reports</source>
        <translation>%1: звіти</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Неможливо записати %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Неможливо записати %1: %2</translation>
    </message>
    <message>
        <source>Expired points are still being settled (%1 %): points figures are as of %2.</source>
        <translation>Згорілі бали ще списуються (%1 %): дані щодо балів — станом на %2.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The sale has no lines: enter an amount first.</source>
        <translation>У продажу немає рядків: спершу введіть суму.</translation>
    </message>
    <message>
        <source>The sale is in %1 but the shop counts in %2.</source>
        <translation>Продаж у %1, а магазин веде облік у %2.</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; must be more than zero.</source>
        <translation>Ціна «%1» має бути більшою за нуль.</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be between 1 and %2.</source>
        <translation>Кількість «%1» має бути від 1 до %2.</translation>
    </message>
    <message>
        <source>The sale would be over %1: check the amounts.</source>
        <translation>Продаж перевищив би %1: перевірте суми.</translation>
    </message>
    <message>
        <source>The shop currency must be a three-letter ISO code such as EUR.</source>
        <translation>Валюта магазину має бути трилітерним кодом ISO, напр. EUR.</translation>
    </message>
    <message>
        <source>Points per amount cannot be negative.</source>
        <translation>Кількість балів за суму не може бути від’ємною.</translation>
    </message>
    <message>
        <source>The amount that earns points must be more than zero.</source>
        <translation>Сума, за яку нараховуються бали, має бути більшою за нуль.</translation>
    </message>
    <message>
        <source>Points expire after 0 (never) to 1200 months.</source>
        <translation>Термін згоряння балів — від 0 (ніколи) до 1200 місяців.</translation>
    </message>
    <message>
        <source>The largest sale must be more than zero.</source>
        <translation>Максимальний продаж має бути більшим за нуль.</translation>
    </message>
    <message>
        <source>The largest quantity must be more than zero.</source>
        <translation>Максимальна кількість має бути більшою за нуль.</translation>
    </message>
    <message>
        <source>The welcome bonus is 0 to 1,000,000 points.</source>
        <translation>Вітальний бонус — від 0 до 1 000 000 балів.</translation>
    </message>
    <message>
        <source>Feedback is asked as CSAT, NPS or not at all.</source>
        <translation>Відгук запитується як CSAT, NPS або не запитується взагалі.</translation>
    </message>
    <message>
        <source>The referral bonus is 0 to 1,000,000 points.</source>
        <translation>Бонус за рекомендацію — від 0 до 1 000 000 балів.</translation>
    </message>
</context>
<context>
    <name>SaleLinesModel</name>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>К-сть</translation>
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
        <translation>%1 бал.</translation>
    </message>
    <message>
        <source>Scan a card, or type a phone number or name…</source>
        <translation>Відскануйте картку або введіть телефон чи ім’я…</translation>
    </message>
    <message>
        <source>Card or phone number</source>
        <translation>Номер картки або телефону</translation>
    </message>
    <message>
        <source>Enter: find · F2: new member · Esc: clear</source>
        <translation>Enter: знайти · F2: новий учасник · Esc: очистити</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>Знайдені учасники</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Додати рядок</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Сума (%1)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <source>%1
%2  ·  Alt+%3</source>
        <translation>%1
%2  ·  Alt+%3</translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation>Рядки продажу</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Очистити (Esc)</translation>
    </message>
    <message>
        <source>Complete sale (Enter / F12)</source>
        <translation>Завершити продаж (Enter / F12)</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;. F2 enrolls a new member.</source>
        <translation>Немає учасників за запитом «%1». F2 — зареєструвати нового учасника.</translation>
    </message>
    <message>
        <source>The first %1 matches: type more to narrow them. ↓ to choose, Enter to take.</source>
        <translation>Перші збіги (%1): уточніть запит. ↓ — вибрати, Enter — підтвердити.</translation>
    </message>
    <message>
        <source>%1 found. ↓ to choose, Enter to take.</source>
        <translation>Знайдено: %1. ↓ — вибрати, Enter — підтвердити.</translation>
    </message>
    <message>
        <source>The sale is now for %1.</source>
        <translation>Продаж тепер оформлюється на %1.</translation>
    </message>
    <message>
        <source>Type the amount, then press Enter.</source>
        <translation>Введіть суму й натисніть Enter.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сума має бути більшою за нуль.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 up.</source>
        <translation>Кількість має бути цілим числом від 1.</translation>
    </message>
    <message>
        <source>The sale has no lines: type the amount first.</source>
        <translation>У продажу немає рядків: спершу введіть суму.</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2. %3 earned %4; balance %5.</source>
        <translation>Продаж %1 записано: %2. %3: нараховано %4; баланс %5.</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 бал.</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2 (walk-in).</source>
        <translation>Продаж %1 записано: %2 (без картки).</translation>
    </message>
    <message>
        <source>Welcome to %1!</source>
        <translation>Ласкаво просимо до %1!</translation>
    </message>
    <message>
        <source>Welcome, %1! Card %2 is ready to collect points.</source>
        <translation>Вітаємо, %1! Картка %2 готова до накопичення балів.</translation>
    </message>
    <message>
        <source>Merge cancelled.</source>
        <translation>Об’єднання скасовано.</translation>
    </message>
    <message>
        <source>Happy birthday, %1! This sale brings %2.</source>
        <translation>З днем народження, %1! Цей продаж приносить: %2.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Разом %1</translation>
    </message>
    <message>
        <source>Type the amount, then Enter.</source>
        <translation>Введіть суму, потім Enter.</translation>
    </message>
    <message>
        <source>Points payment removed: %1</source>
        <translation>Оплату балами скасовано: %1</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Підсумок %1</translation>
    </message>
    <message>
        <source>%1   −%2</source>
        <translation>%1   −%2</translation>
    </message>
    <message>
        <source>%1   +%2 pts</source>
        <translation>%1   +%2 бал.</translation>
    </message>
    <message>
        <source>This sale reaches %1.</source>
        <translation>З цим продажем досягнуто рівня %1.</translation>
    </message>
    <message>
        <source>Earns %1</source>
        <translation>Буде нараховано: %1</translation>
    </message>
    <message>
        <source>Walk-in: no points</source>
        <translation>Без картки: бали не нараховуються</translation>
    </message>
    <message>
        <source>pay with points</source>
        <translation>оплатіть балами</translation>
    </message>
    <message>
        <source>Add the items first: the points pay part of the check.</source>
        <translation>Спершу додайте товари: бали оплачують частину чека.</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>Оплату балами в цьому магазині вимкнено.</translation>
    </message>
    <message>
        <source>%1 has no points to pay with.</source>
        <translation>%1 не має балів для оплати.</translation>
    </message>
    <message>
        <source>Find the member first (scan the card or type the name or phone), then %1.</source>
        <translation>Спершу знайдіть учасника (відскануйте картку або введіть ім’я чи телефон), потім %1.</translation>
    </message>
    <message>
        <source>F4 to edit</source>
        <translation>натисніть F4 для редагування</translation>
    </message>
    <message>
        <source>%1: changes saved.</source>
        <translation>%1: зміни збережено.</translation>
    </message>
    <message>
        <source>F7 for a lost card</source>
        <translation>натисніть F7 для загубленої картки</translation>
    </message>
    <message>
        <source>Card %1 now belongs to %2; the lost card is blocked. %3 kept.</source>
        <translation>Картка %1 тепер належить учаснику %2; загублену картку заблоковано. Збережено: %3.</translation>
    </message>
    <message>
        <source>Ctrl+M to merge</source>
        <translation>натисніть Ctrl+M для об’єднання</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>Об’єднання двох учасників</translation>
    </message>
    <message>
        <source>Not merged: merging members needs a manager.</source>
        <translation>Не об’єднано: для об’єднання учасників потрібен менеджер.</translation>
    </message>
    <message>
        <source>Merge into %1: find the other record of the same person (type the name, phone or card, ↓ and Enter). Esc cancels.</source>
        <translation>Об’єднання з %1: знайдіть інший запис цієї ж людини (введіть ім’я, телефон або картку, ↓ і Enter). Esc — скасувати.</translation>
    </message>
    <message>
        <source>That is %1 again: find the other record, or Esc to cancel.</source>
        <translation>Це знову %1: знайдіть інший запис або натисніть Esc, щоб скасувати.</translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation>Об’єднання учасників</translation>
    </message>
    <message>
        <source>Keep %1 (%2 pts, %3 visits) and move everything of %4 (%5 pts, %6 visits) to it: cards, purchases and points. %4 then disappears from search. This cannot be undone.</source>
        <translation>Залишити %1 (%2 бал., візитів: %3) і перенести до нього все від %4 (%5 бал., візитів: %6): картки, покупки та бали. Після цього %4 зникне з пошуку. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Merge (Enter)</source>
        <translation>Об’єднати (Enter)</translation>
    </message>
    <message>
        <source>Not merged. Find another record, or Esc to cancel the merge.</source>
        <translation>Не об’єднано. Знайдіть інший запис або натисніть Esc, щоб скасувати об’єднання.</translation>
    </message>
    <message>
        <source>%1 merged into %2: %3 cards, %4 purchases and %5 moved; balance %6.</source>
        <translation>%1 об’єднано з %2: перенесено карток — %3, покупок — %4, а також %5; баланс %6.</translation>
    </message>
    <message>
        <source>Give a sale back</source>
        <translation>Повернення продажу</translation>
    </message>
    <message>
        <source>Nothing was given back: a refund needs a manager.</source>
        <translation>Нічого не повернуто: для повернення потрібен менеджер.</translation>
    </message>
    <message>
        <source>Refund %1: %2 given back; %3 points taken back.</source>
        <translation>Повернення %1: повернуто %2; списано балів: %3.</translation>
    </message>
    <message>
        <source>Ctrl+P to adjust points</source>
        <translation>натисніть Ctrl+P для коригування балів</translation>
    </message>
    <message>
        <source>Adjust points by hand</source>
        <translation>Ручне коригування балів</translation>
    </message>
    <message>
        <source>No points changed: adjusting points needs a manager.</source>
        <translation>Бали не змінено: для коригування балів потрібен менеджер.</translation>
    </message>
    <message>
        <source>Points adjusted: the balance is now %1.</source>
        <translation>Бали скориговано: баланс тепер %1.</translation>
    </message>
    <message>
        <source>F9 to erase</source>
        <translation>натисніть F9 для стирання даних</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data</source>
        <translation>Стирання персональних даних учасника</translation>
    </message>
    <message>
        <source>Not erased: erasing a member needs a manager.</source>
        <translation>Не стерто: для стирання даних учасника потрібен менеджер.</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>СТЕРТИ</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>Стирання даних учасника</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (#%2) at their request? Name, phone, e-mail, birthday, notes and consents are removed and their cards blocked; their purchases and points stay in the books, without their name. This cannot be undone.</source>
        <translation>Стерти персональні дані %1 (#%2) на прохання учасника? Ім’я, телефон, ел. пошту, день народження, примітки та згоди буде видалено, а картки — заблоковано; покупки й бали залишаться в обліку без імені. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Нічого не стерто.</translation>
    </message>
    <message>
        <source>The personal data of member #%1 was erased. The sale in progress is now a walk-in.</source>
        <translation>Персональні дані учасника #%1 стерто. Поточний продаж тепер без картки.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %Ln point(s) to pay with them.</source>
        <translation>
            <numerusform>%1: для оплати балами потрібно щонайменше %Ln бал.</numerusform>
            <numerusform>%1: для оплати балами потрібно щонайменше %Ln бали.</numerusform>
            <numerusform>%1: для оплати балами потрібно щонайменше %Ln балів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation>Валюта магазину</translation>
    </message>
    <message>
        <source>Chosen when the terminal was set up: every sale, refund and the loyalty program count in it.</source>
        <translation>Обрана під час налаштування термінала: у ній рахуються всі продажі, повернення та програма лояльності.</translation>
    </message>
    <message>
        <source>Money and dates</source>
        <translation>Гроші та дати</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світлий</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темний</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>A new language or appearance shows once the terminal opens its screen again: whoever is signed in signs in again.</source>
        <translation>Нова мова чи вигляд з’являться, коли термінал знову відкриє екран: той, хто увійшов, має увійти знову.</translation>
    </message>
</context>
<context>
    <name>SettleRunner</name>
    <message>
        <source>Checking the database…</source>
        <translation>Перевірка бази даних…</translation>
    </message>
    <message>
        <source>Expired points could not be settled: %1</source>
        <translation>Не вдалося списати згорілі бали: %1</translation>
    </message>
    <message>
        <source>Club levels could not be reviewed: %1</source>
        <translation>Не вдалося переглянути клубні рівні: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Гарячі клавіші</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>На касі</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>key</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>After a card, a phone number or a name: find the member</source>
        <translation>Після картки, номера телефону або імені: знайти учасника</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Повернутися до поля пошуку</translation>
    </message>
    <message>
        <source>Enrol a new member</source>
        <translation>Зареєструвати нового учасника</translation>
    </message>
    <message>
        <source>After an amount: add the line; on an empty amount: complete the sale</source>
        <translation>Після суми: додати рядок; при порожній сумі: завершити продаж</translation>
    </message>
    <message>
        <source>Complete the sale</source>
        <translation>Завершити продаж</translation>
    </message>
    <message>
        <source>Add a product from the quick keys</source>
        <translation>Додати товар швидкою клавішею</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Видалити вибраний рядок</translation>
    </message>
    <message>
        <source>Clear the sale</source>
        <translation>Очистити продаж</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Оплатити балами</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>Повернути продаж</translation>
    </message>
    <message>
        <source>Show or reprint a receipt</source>
        <translation>Показати або повторно надрукувати чек</translation>
    </message>
    <message>
        <source>The member on screen</source>
        <translation>Учасник на екрані</translation>
    </message>
    <message>
        <source>Edit the member</source>
        <translation>Редагувати учасника</translation>
    </message>
    <message>
        <source>Replace a lost card</source>
        <translation>Замінити загублену картку</translation>
    </message>
    <message>
        <source>Add or take away points by hand (a manager&apos;s)</source>
        <translation>Додати або зняти бали вручну (менеджер)</translation>
    </message>
    <message>
        <source>Merge with another record (a manager&apos;s)</source>
        <translation>Об’єднати з іншим записом (менеджер)</translation>
    </message>
    <message>
        <source>Erase the member&apos;s personal data (a manager&apos;s)</source>
        <translation>Стерти персональні дані учасника (менеджер)</translation>
    </message>
    <message>
        <source>The receipt after a sale</source>
        <translation>Чек після продажу</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Зберегти як PDF</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджерам</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>Sync with the other terminals</source>
        <translation>Синхронізація з іншими терміналами</translation>
    </message>
    <message>
        <source>Switch person or lock the till</source>
        <translation>Змінити особу або заблокувати касу</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Цей список</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавіша</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>%1: a %2 may not do this.</source>
        <translation>%1: роль «%2» не має на це права.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Введіть ім’я працівника.</translation>
    </message>
    <message>
        <source>A name has at most 60 characters.</source>
        <translation>Ім’я — не більше 60 символів.</translation>
    </message>
    <message>
        <source>The first account must be an administrator&apos;s.</source>
        <translation>Перший обліковий запис має належати адміністраторові.</translation>
    </message>
    <message>
        <source>%1 already has an account.</source>
        <translation>%1 уже має обліковий запис.</translation>
    </message>
    <message>
        <source>This staff member does not exist.</source>
        <translation>Такого працівника не існує.</translation>
    </message>
    <message>
        <source>Nobody called %1 has an account here.</source>
        <translation>Тут немає облікового запису з іменем %1.</translation>
    </message>
    <message>
        <source>%1&apos;s account is switched off.</source>
        <translation>Обліковий запис %1 вимкнено.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Забагато неправильних PIN. Спробуйте ще раз через %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n хвилину</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The account is locked for %n second(s).</source>
        <translation>
            <numerusform>Неправильний PIN. Обліковий запис заблоковано на %n секунду.</numerusform>
            <numerusform>Неправильний PIN. Обліковий запис заблоковано на %n секунди.</numerusform>
            <numerusform>Неправильний PIN. Обліковий запис заблоковано на %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before the account locks.</source>
        <translation>
            <numerusform>Неправильний PIN. Ще %n спроба до блокування облікового запису.</numerusform>
            <numerusform>Неправильний PIN. Ще %n спроби до блокування облікового запису.</numerusform>
            <numerusform>Неправильний PIN. Ще %n спроб до блокування облікового запису.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot approve this: %2 needs a manager.</source>
        <translation>%1 не може це підтвердити: «%2» потребує менеджера.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: make another one first.</source>
        <translation>%1 — останній адміністратор: спершу створіть іншого.</translation>
    </message>
    <message>
        <source>%1: a manager must approve this.</source>
        <translation>%1: потрібне підтвердження менеджера.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Loyalty Terminal</source>
        <translation>Термінал лояльності</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2. Restore it? The damaged file is kept aside, and sales after the backup are not in it.</source>
        <translation>%1

Найновіша справна резервна копія — від %2. Відновити її? Пошкоджений файл буде збережено окремо, а продажів після створення копії в ній немає.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Відновити резервну копію</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Updating the database for this version of the terminal…

This happens once. At a large shop it can take a few minutes: please leave the till on.</source>
        <translation>Оновлення бази даних для цієї версії термінала…

Це відбувається один раз. У великому магазині це може тривати кілька хвилин: будь ласка, не вимикайте касу.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the other terminals</source>
        <translation>Синхронізація з іншими терміналами</translation>
    </message>
    <message>
        <source>Head office (PostgreSQL)</source>
        <translation>Головний офіс (PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. office.example.org</source>
        <translation>напр. office.example.org</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>лише на запит</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Синхронізувати ко&amp;жні:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Си&amp;нхронізувати зараз</translation>
    </message>
    <message>
        <source>Without a head office: batches carried by hand</source>
        <translation>Без головного офісу: пакети переносяться вручну</translation>
    </message>
    <message>
        <source>E&amp;xport a batch to a folder…</source>
        <translation>&amp;Експорт пакета в папку…</translation>
    </message>
    <message>
        <source>&amp;Import a batch from a folder…</source>
        <translation>&amp;Імпорт пакета з папки…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Name the head office&apos;s database too.</source>
        <translation>Вкажіть також базу даних головного офісу.</translation>
    </message>
    <message>
        <source>Type the head office&apos;s server first, or carry a batch by hand below.</source>
        <translation>Спершу введіть сервер головного офісу або перенесіть пакет вручну (нижче).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <source>Folder for the batch (a USB stick, a shared folder)</source>
        <translation>Папка для пакета (USB-накопичувач, спільна папка)</translation>
    </message>
    <message>
        <source>The batch folder another terminal exported</source>
        <translation>Папка пакета, експортованого іншим терміналом</translation>
    </message>
    <message>
        <source>Importing the batch…</source>
        <translation>Імпорт пакета…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The changes to send cannot be read.</source>
        <translation>Неможливо прочитати зміни для надсилання.</translation>
    </message>
    <message>
        <source>The sync batch cannot be applied.</source>
        <translation>Неможливо застосувати пакет синхронізації.</translation>
    </message>
    <message>
        <source>The batch holds a row of %1 this database refuses.</source>
        <translation>Пакет містить рядок %1, який ця база даних відхиляє.</translation>
    </message>
    <message>
        <source>A row of %1 in the batch is not readable.</source>
        <translation>Рядок %1 у пакеті неможливо прочитати.</translation>
    </message>
    <message>
        <source>Batch written to %1: %2 rows (%3). Import it on the other terminals, or push to the head office.</source>
        <translation>Пакет записано в %1: рядків — %2 (%3). Імпортуйте його на інших терміналах або надішліть до головного офісу.</translation>
    </message>
    <message>
        <source>This batch was imported here before; nothing changed again.</source>
        <translation>Цей пакет уже імпортовано раніше; нічого не змінено.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 new or newer here.</source>
        <translation>Прочитано рядків: %1, нових або новіших тут: %2.</translation>
    </message>
    <message>
        <source>%1 edits made on two terminals: the later one kept, the other in the audit trail.</source>
        <translation>Змін, зроблених на двох терміналах: %1; збережено пізнішу, іншу — в журналі аудиту.</translation>
    </message>
    <message>
        <source>%1 rows wait for an earlier batch of their terminal; they go in when it does.</source>
        <translation>Рядків, що чекають на попередній пакет свого термінала: %1; їх буде застосовано разом із ним.</translation>
    </message>
    <message>
        <source>%1 members now owe points (the same points were spent on two terminals): see Reports → Balances below zero.</source>
        <translation>Учасників, які тепер винні бали (ті самі бали витрачено на двох терміналах): %1; див. Звіти → Баланси нижче нуля.</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Остання синхронізація: %1.</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Синхронізації ще не було.</translation>
    </message>
    <message>
        <source>%1 changes waiting to leave.</source>
        <translation>Змін, що очікують надсилання: %1.</translation>
    </message>
    <message>
        <source>The last try (%1) failed: %2</source>
        <translation>Остання спроба (%1) невдала: %2</translation>
    </message>
    <message>
        <source>The sync state cannot be read.</source>
        <translation>Неможливо прочитати стан синхронізації.</translation>
    </message>
    <message>
        <source>The sync state cannot be saved.</source>
        <translation>Неможливо зберегти стан синхронізації.</translation>
    </message>
    <message>
        <source>The sync batch cannot be recorded.</source>
        <translation>Неможливо записати пакет синхронізації.</translation>
    </message>
    <message>
        <source>The other terminal cannot be recorded.</source>
        <translation>Неможливо записати інший термінал.</translation>
    </message>
    <message>
        <source>The sync status cannot be read.</source>
        <translation>Неможливо прочитати статус синхронізації.</translation>
    </message>
    <message>
        <source>The changes sent cannot be marked as sent.</source>
        <translation>Неможливо позначити надіслані зміни як надіслані.</translation>
    </message>
    <message>
        <source>Nothing has changed on this terminal since the last batch: there is nothing to export.</source>
        <translation>Від останнього пакета на цьому терміналі нічого не змінилося: експортувати нічого.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty: choose an empty or a new folder for the batch.</source>
        <translation>Папка %1 не порожня: виберіть для пакета порожню або нову папку.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Неможливо створити папку %1.</translation>
    </message>
    <message>
        <source>The batch file %1 cannot be written: %2</source>
        <translation>Неможливо записати файл пакета %1: %2</translation>
    </message>
    <message>
        <source>The batch manifest cannot be written: %1</source>
        <translation>Неможливо записати маніфест пакета: %1</translation>
    </message>
    <message>
        <source>The batch holds rows of an unknown kind (%1).</source>
        <translation>Пакет містить рядки невідомого типу (%1).</translation>
    </message>
    <message>
        <source>%1 holds no sync batch (manifest.json is missing): choose the folder the export wrote.</source>
        <translation>%1 не містить пакета синхронізації (немає manifest.json): виберіть папку, створену під час експорту.</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: its manifest cannot be read.</source>
        <translation>Пакет у %1 пошкоджено: неможливо прочитати його маніфест.</translation>
    </message>
    <message>
        <source>The batch was written by a newer version of the terminal (format %1; this one reads up to %2). Update this terminal, then import it again.</source>
        <translation>Пакет створено новішою версією термінала (формат %1; ця версія читає до %2). Оновіть цей термінал і знову імпортуйте пакет.</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: its format version is missing.</source>
        <translation>Пакет у %1 пошкоджено: відсутня версія формату.</translation>
    </message>
    <message>
        <source>This batch was exported by this terminal: import it on the other terminals, or at the head office.</source>
        <translation>Цей пакет експортовано цим терміналом: імпортуйте його на інших терміналах або в головному офісі.</translation>
    </message>
    <message>
        <source>The batch is in %1 and this shop keeps its accounts in %2: batches travel only between terminals of one currency.</source>
        <translation>Пакет у валюті %1, а цей магазин веде облік у %2: пакети передаються лише між терміналами з однією валютою.</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: a file name is not valid.</source>
        <translation>Пакет у %1 пошкоджено: неприпустиме ім’я файлу.</translation>
    </message>
    <message>
        <source>The batch in %1 is incomplete: %2 is missing.</source>
        <translation>Пакет у %1 неповний: відсутній %2.</translation>
    </message>
    <message>
        <source>The batch file %1 was changed or cut short after the export (its checksum does not match). Nothing was imported: export the batch again.</source>
        <translation>Файл пакета %1 змінено або обрізано після експорту (контрольна сума не збігається). Нічого не імпортовано: експортуйте пакет ще раз.</translation>
    </message>
    <message>
        <source>The batch file %1 holds %2 rows where the manifest says %3.</source>
        <translation>Файл пакета %1 містить рядків: %2, а за маніфестом — %3.</translation>
    </message>
    <message>
        <source>The sync batch cannot be applied: some of its rows refer to rows this terminal does not have. Nothing was imported.</source>
        <translation>Неможливо застосувати пакет синхронізації: деякі його рядки посилаються на записи, яких немає на цьому терміналі. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>%1: a %2 may not do this.</source>
        <translation>%1: роль «%2» не має на це права.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Імпорт скасовано: нічого не імпортовано.</translation>
    </message>
</context>
<context>
    <name>TerminalService</name>
    <message>
        <source>The shop name must have 1 to 100 characters.</source>
        <translation>Назва магазину має містити від 1 до 100 символів.</translation>
    </message>
    <message>
        <source>The terminal name must have 1 to 50 characters.</source>
        <translation>Назва термінала має містити від 1 до 50 символів.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three capital letters such as EUR, RUB or CNY.</source>
        <translation>«%1» не є кодом валюти: використовуйте три великі літери, напр. EUR, RUB або CNY.</translation>
    </message>
    <message>
        <source>This database already belongs to terminal &quot;%1&quot; of %2.</source>
        <translation>Ця база даних уже належить терміналу «%1» магазину %2.</translation>
    </message>
    <message>
        <source>This database has no terminal yet: run &quot;loyalty-cli init&quot; or start the terminal app once.</source>
        <translation>У цій базі даних ще немає термінала: виконайте &quot;loyalty-cli init&quot; або один раз запустіть програму термінала.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loyalty Terminal</source>
        <translation>Термінал лояльності</translation>
    </message>
    <message>
        <source>Point-of-sale loyalty terminal</source>
        <translation>Касовий термінал програми лояльності</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Файл бази даних.</translation>
    </message>
    <message>
        <source>Fill a new database with the demo shop, its members and staff (docs/roles.md).</source>
        <translation>Заповнити нову базу даних демомагазином, його учасниками та працівниками (docs/roles.md).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновити резервну копію</translation>
    </message>
</context>
</TS>
