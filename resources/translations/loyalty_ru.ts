<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>Корректировка баллов</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has %2 points.</source>
        <translation>Баланс участника &lt;b&gt;%1&lt;/b&gt;: %2 б.</translation>
    </message>
    <message>
        <source>50 adds, -50 takes away</source>
        <translation>50 — начислить, -50 — списать</translation>
    </message>
    <message>
        <source>e.g. a receipt from the old system, a complaint</source>
        <translation>например, чек из старой системы, жалоба</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Баллы</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Записать (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Type the points to add (e.g. 50) or take away (e.g. -50).</source>
        <translation>Введите, сколько баллов начислить (например, 50) или списать (например, -50).</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>%1 is not part of a %2&apos;s work. Sign in as someone allowed to do it (F10 switches).</source>
        <translation>«%1» не входит в обязанности роли «%2». Войдите как сотрудник, которому это разрешено (F10 — смена пользователя).</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Подтверждение менеджера</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a manager&apos;s PIN.</source>
        <translation>Для действия «&lt;b&gt;%1&lt;/b&gt;» нужен PIN менеджера.</translation>
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
        <translation>Подтвердить (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>No manager has an account on this terminal.</source>
        <translation>На этой кассе нет учётной записи ни одного менеджера.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>(nobody signed in)</source>
        <translation>(никто не вошёл)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Подтвердил</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Объект</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Audit line %1 does not follow the line before it: a line was deleted, added or moved.</source>
        <translation>Запись аудита %1 не следует за предыдущей: запись была удалена, добавлена или перемещена.</translation>
    </message>
    <message>
        <source>Audit line %1 was changed after it was written.</source>
        <translation>Запись аудита %1 была изменена после записи.</translation>
    </message>
    <message>
        <source>The newest audit lines are missing: the trail ends before its last recorded line.</source>
        <translation>Последние записи аудита отсутствуют: журнал обрывается до последней зарегистрированной записи.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Text in the entry…</source>
        <translation>Текст в записи…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Кто</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Что</translation>
    </message>
    <message>
        <source>The period ends before it starts: change From or To.</source>
        <translation>Период заканчивается раньше, чем начинается: измените «С» или «По».</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>За этот период ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
    <message>
        <source>%1 · %2 · terminal %3
Before:
%4
After:
%5</source>
        <translation>%1 · %2 · касса %3
До:
%4
После:
%5</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: диск заполнен.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be written to.</source>
        <translation>%1: нет прав на запись в папку.</translation>
    </message>
    <message>
        <source>%1: the file is damaged.</source>
        <translation>%1: файл повреждён.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>%1: %2 exists already.</source>
        <translation>%1: %2 уже существует.</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>Не удаётся прочитать базу данных</translation>
    </message>
    <message>
        <source>%1: %2 cannot be written to.</source>
        <translation>%1: нет прав на запись в %2.</translation>
    </message>
    <message>
        <source>%1: the copy could not be written to the disk.</source>
        <translation>%1: не удалось записать копию на диск.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>Не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>%1 is not a backup of this app&apos;s database.</source>
        <translation>%1 не является резервной копией базы данных этой программы.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the app (schema %2; this one knows %3).</source>
        <translation>%1 создан более новой версией программы (схема %2; эта версия знает %3).</translation>
    </message>
    <message>
        <source>%1 cannot be checked</source>
        <translation>Не удаётся проверить %1</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 повреждён.</translation>
    </message>
    <message>
        <source>%1: it was stopped before the end.</source>
        <translation>%1: копирование остановлено, не дойдя до конца.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку резервных копий %1.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>Не удаётся удалить старую резервную копию %1.</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to the database.</source>
        <translation>Не удаётся скопировать резервную копию рядом с базой данных.</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to the database: the disk may be full.</source>
        <translation>Не удаётся скопировать резервную копию рядом с базой данных: возможно, диск заполнен.</translation>
    </message>
    <message>
        <source>The current database cannot be moved aside.</source>
        <translation>Не удаётся отложить текущую базу данных в сторону.</translation>
    </message>
    <message>
        <source>The backup cannot be put in place.</source>
        <translation>Не удаётся поставить резервную копию на место.</translation>
    </message>
</context>
<context>
    <name>CheckoutService</name>
    <message>
        <source>The sale was not recorded: the database failed while saving it.</source>
        <translation>Продажа не записана: сбой базы данных при сохранении.</translation>
    </message>
    <message>
        <source>The member&apos;s spend cannot be read.</source>
        <translation>Не удаётся прочитать сумму покупок участника.</translation>
    </message>
    <message>
        <source>%1 bonus points</source>
        <translation>бонус %1 б.</translation>
    </message>
    <message>
        <source>%1% off this sale</source>
        <translation>скидка %1% на продажу</translation>
    </message>
    <message>
        <source>The products cannot be read.</source>
        <translation>Не удаётся прочитать товары.</translation>
    </message>
    <message>
        <source>a free %1</source>
        <translation>%1 в подарок</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation>Продажа не записана: %1</translation>
    </message>
    <message>
        <source>The member of this sale no longer exists.</source>
        <translation>Участник этой продажи больше не существует.</translation>
    </message>
    <message>
        <source>This member&apos;s data was erased; record the sale as a walk-in.</source>
        <translation>Данные этого участника стёрты; проведите продажу без карты.</translation>
    </message>
    <message>
        <source>Only a member can pay with points: scan the card first.</source>
        <translation>Оплатить баллами может только участник: сначала отсканируйте карту.</translation>
    </message>
    <message>
        <source>Paid receipt %1</source>
        <translation>Оплата чека %1</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус ко дню рождения</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>Бонус за приглашение</translation>
    </message>
    <message>
        <source>Referral bonus: %1 joined</source>
        <translation>Бонус за приглашение: новый участник %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct them, or add --valid-only to import the other rows.</source>
        <translation>
            <numerusform>Ничего не импортировано: ошибки в %n строке. Исправьте их или добавьте --valid-only, чтобы импортировать остальные строки.</numerusform>
            <numerusform>Ничего не импортировано: ошибки в %n строках. Исправьте их или добавьте --valid-only, чтобы импортировать остальные строки.</numerusform>
            <numerusform>Ничего не импортировано: ошибки в %n строках. Исправьте их или добавьте --valid-only, чтобы импортировать остальные строки.</numerusform>
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
        <translation>Для --db нужно имя файла.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>Для %1 нужно значение.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This database has no staff accounts: leave out --staff.</source>
        <translation>В этой базе нет учётных записей сотрудников: не указывайте --staff.</translation>
    </message>
    <message>
        <source>%1: %2 is a %3 and may not do this; give a manager&apos;s --staff and --pin.</source>
        <translation>«%1»: %2 — %3, это действие не разрешено; укажите --staff и --pin менеджера.</translation>
    </message>
    <message>
        <source>%1 needs a manager: give --staff NAME --pin PIN.</source>
        <translation>Для действия «%1» нужен менеджер: укажите --staff NAME --pin PIN.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>Для --%1 нужно значение.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Неизвестный параметр --%1.</translation>
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
        <translation>  баллы:           %1</translation>
    </message>
    <message>
        <source>  member since: %1</source>
        <translation>  участник с:      %1</translation>
    </message>
    <message>
        <source>  last visit:   %1</source>
        <translation>  последний визит: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>  visits:       %1, spent %2</source>
        <translation>  визиты:          %1, потрачено %2</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Мой магазин</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Касса 1</translation>
    </message>
    <message>
        <source>Created %1 for terminal &quot;%2&quot; of %3 (%4).</source>
        <translation>Создано: %1 для кассы «%2» магазина %3 (%4).</translation>
    </message>
    <message>
        <source>Demo shop created in %1: %2 members, %3 sales.
Cards to scan: %4
A blocked card: %5</source>
        <translation>Демо-магазин создан в %1: участников: %2, продаж: %3.
Карты для сканирования: %4
Заблокированная карта: %5</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member find CARD|PHONE, member search TEXT, or member edit, replace-card, merge, erase (see --help)</source>
        <translation>Использование: loyalty-cli member find CARD|PHONE, member search TEXT или member edit, replace-card, merge, erase (см. --help)</translation>
    </message>
    <message>
        <source>More members match: type more to narrow the search.</source>
        <translation>Подходит слишком много участников: уточните запрос.</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;.</source>
        <translation>Нет участника по запросу «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member number: write it as #42.</source>
        <translation>«%1» — не номер участника: укажите его как #42.</translation>
    </message>
    <message>
        <source>--%1 takes yes or no.</source>
        <translation>--%1 принимает yes или no.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member merge KEEP OTHER --yes</source>
        <translation>Использование: loyalty-cli member merge KEEP OTHER --yes</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member %1 MEMBER ... (see --help)</source>
        <translation>Использование: loyalty-cli member %1 MEMBER ... (см. --help)</translation>
    </message>
    <message>
        <source>&quot;member %1&quot; cannot be undone: add --yes to go ahead.</source>
        <translation>«member %1» нельзя отменить: добавьте --yes, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member adjust MEMBER --points N --reason TEXT (N may be negative)</source>
        <translation>Использование: loyalty-cli member adjust MEMBER --points N --reason TEXT (N может быть отрицательным)</translation>
    </message>
    <message>
        <source>%1: %2 points; the balance is now %3.</source>
        <translation>%1: %2 б.; баланс теперь %3.</translation>
    </message>
    <message>
        <source>Card %1 is not %2&apos;s card.</source>
        <translation>Карта %1 не принадлежит участнику %2.</translation>
    </message>
    <message>
        <source>%1 has the new card %2; the lost one is blocked. Balance: %3 points.</source>
        <translation>Участнику %1 выдана новая карта %2; утерянная заблокирована. Баланс: %3 б.</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into %3 (#%4): %5 cards, %6 purchases and %7 points moved; balance %8.</source>
        <translation>%1 (#%2) объединён с %3 (#%4): перенесено карт: %5, покупок: %6, баллов: %7; баланс %8.</translation>
    </message>
    <message>
        <source>The personal data of member #%1 was erased; their sales and points stay in the books.</source>
        <translation>Персональные данные участника #%1 стёрты; его продажи и баллы остаются в учёте.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli balance --card N</source>
        <translation>Использование: loyalty-cli balance --card N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line: write it as &quot;Latte:3.20x2&quot;.</source>
        <translation>«%1» — не строка продажи: укажите её как &quot;Latte:3.20x2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>«%1» — не количество.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>Use: loyalty-cli sale [--card N] --amount 12.50 | --line &quot;Latte:3.20x2&quot;...</source>
        <translation>Использование: loyalty-cli sale [--card N] --amount 12.50 | --line &quot;Latte:3.20x2&quot;...</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2</source>
        <translation>Продажа %1 записана: %2</translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments.</source>
        <translation>«check» не принимает аргументов.</translation>
    </message>
    <message>
        <source>The database is sound: every balance equals its ledger.</source>
        <translation>База данных в порядке: каждый баланс совпадает с реестром.</translation>
    </message>
    <message>
        <source>Problems found:
  %1</source>
        <translation>Найдены проблемы:
  %1</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program [earn --points N --per AMOUNT]</source>
        <translation>Использование: loyalty-cli program [earn --points N --per AMOUNT]</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program earn --points N --per AMOUNT, e.g. --points 1 --per 1.00</source>
        <translation>Использование: loyalty-cli program earn --points N --per AMOUNT, например --points 1 --per 1.00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points.</source>
        <translation>«%1» — не целое число баллов.</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>с округлением вверх</translation>
    </message>
    <message>
        <source>rounded to the nearest</source>
        <translation>с округлением до ближайшего</translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>с округлением вниз</translation>
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
        <translation>Начисление: %1 б. за каждые %2 оплаты (%5)
Баллы сгорают через: %3
Макс. сумма продажи: %4
Уровни: %6
Действует с: %7</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1: %2, columns: %3</source>
        <translation>%1: %2, столбцы: %3</translation>
    </message>
    <message>
        <source>  line %1: %2: %3</source>
        <translation>  строка %1: %2: %3</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 already present, %5 with errors; %6 opening points.</source>
        <translation>Строк: %1; новых: %2, обновлено: %3, уже есть: %4, с ошибками: %5; начальных баллов: %6.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]...</source>
        <translation>Использование: loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]...</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, FIELD one of name, first_name, last_name, phone, email, card, birthday, points, notes.</source>
        <translation>--map принимает FIELD=COLUMN, где FIELD — одно из: name, first_name, last_name, phone, email, card, birthday, points, notes.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli export members --out FILE [--delimiter &apos;;&apos;|&apos;,&apos;|tab]</source>
        <translation>Использование: loyalty-cli export members --out FILE [--delimiter &apos;;&apos;|&apos;,&apos;|tab]</translation>
    </message>
    <message>
        <source>--delimiter is &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>--delimiter: &apos;;&apos;, &apos;,&apos; или tab.</translation>
    </message>
    <message>
        <source>%1 members written to %2.</source>
        <translation>Участников записано в %2: %1.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli staff list | add --name N --role ROLE --pin P | deactivate --name N</source>
        <translation>Использование: loyalty-cli staff list | add --name N --role ROLE --pin P | deactivate --name N</translation>
    </message>
    <message>
        <source>%1  %2%3</source>
        <translation>%1  %2%3</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation> (отключён)</translation>
    </message>
    <message>
        <source>No staff accounts yet.</source>
        <translation>Учётных записей сотрудников пока нет.</translation>
    </message>
    <message>
        <source>--name is needed.</source>
        <translation>Нужен параметр --name.</translation>
    </message>
    <message>
        <source>--role is cashier, manager or administrator.</source>
        <translation>--role: cashier, manager или administrator.</translation>
    </message>
    <message>
        <source>%1 can sign in as %2.</source>
        <translation>%1 может входить с ролью %2.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 больше не может входить.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli audit [--from D] [--to D] [--action A] [--limit N]</source>
        <translation>Использование: loyalty-cli audit [--from D] [--to D] [--action A] [--limit N]</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Даты указываются в формате YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>--limit is a whole number from 1.</source>
        <translation>--limit — целое число от 1.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli backup [--to DIR]</source>
        <translation>Использование: loyalty-cli backup [--to DIR]</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервная копия создана: %1.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli backups [--in DIR]</source>
        <translation>Использование: loyalty-cli backups [--in DIR]</translation>
    </message>
    <message>
        <source>%1  %2  %3%4</source>
        <translation>%1  %2  %3%4</translation>
    </message>
    <message>
        <source>  DAMAGED: %1</source>
        <translation>  ПОВРЕЖДЕНА: %1</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>В %1 нет резервных копий.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli restore FILE</source>
        <translation>Использование: loyalty-cli restore FILE</translation>
    </message>
    <message>
        <source>Restored from %1. The database before it is kept as %2.</source>
        <translation>Восстановлено из %1. Прежняя база данных сохранена как %2.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli refund --receipt N --reason TEXT [--lines LINE:QTY,...]</source>
        <translation>Использование: loyalty-cli refund --receipt N --reason TEXT [--lines LINE:QTY,...]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LINE:QUANTITY, e.g. 2:1.</source>
        <translation>«%1» — не LINE:QUANTITY, например 2:1.</translation>
    </message>
    <message>
        <source>Receipt %1 given back as refund %2: %3; %4 points taken back, %5 points given back.</source>
        <translation>Чек %1 возвращён, возврат %2: %3; отозвано начисленных баллов: %4, возвращено баллов: %5.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli receipt --receipt N</source>
        <translation>Использование: loyalty-cli receipt --receipt N</translation>
    </message>
    <message>
        <source>Use: loyalty-cli expire [--full]</source>
        <translation>Использование: loyalty-cli expire [--full]</translation>
    </message>
    <message>
        <source>%1 points of %2 members expired.</source>
        <translation>Сгорело баллов: %1 (участников: %2).</translation>
    </message>
    <message>
        <source>No points had expired.</source>
        <translation>Сгоревших баллов нет.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli product list | add --code C --name N --price P [--category C] [--key 1-9]</source>
        <translation>Использование: loyalty-cli product list | add --code C --name N --price P [--category C] [--key 1-9]</translation>
    </message>
    <message>
        <source>--key is a number from 1 to 9.</source>
        <translation>--key — число от 1 до 9.</translation>
    </message>
    <message>
        <source>%1 added at %2.</source>
        <translation>%1: добавлен, цена %2.</translation>
    </message>
    <message>
        <source>  Alt+%1</source>
        <translation>  Alt+%1</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>Товаров пока нет.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli sync export --out DIR [--all] | import DIR | push|pull|now --pg CONNINFO [--retries N] | status</source>
        <translation>Использование: loyalty-cli sync export --out DIR [--all] | import DIR | push|pull|now --pg CONNINFO [--retries N] | status</translation>
    </message>
    <message>
        <source>Name the head office: --pg &quot;host=… dbname=… user=… password=…&quot; (or LOYALTY_SYNC_PG).</source>
        <translation>Укажите центральный офис: --pg &quot;host=… dbname=… user=… password=…&quot; (или LOYALTY_SYNC_PG).</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 20.</source>
        <translation>--retries принимает число от 0 до 20.</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 Повтор через %2 с.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <translation>
            <numerusform>%1: %Ln балл</numerusform>
            <numerusform>%1: %Ln балла</numerusform>
            <numerusform>%1: %Ln баллов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 earned %Ln point(s); balance %2.</source>
        <translation>
            <numerusform>%1: начислен %Ln балл; баланс %2.</numerusform>
            <numerusform>%1: начислено %Ln балла; баланс %2.</numerusform>
            <numerusform>%1: начислено %Ln баллов; баланс %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no options.</source>
        <translation>«%1» не принимает параметров.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2.</source>
        <translation>«%1» принимает %2.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 не принимает значения.</translation>
    </message>
    <message>
        <source>a checked copy of the database (docs/backup.md; a manager&apos;s)</source>
        <translation>проверенная копия базы данных (docs/backup.md; для менеджера)</translation>
    </message>
    <message>
        <source>the folder (default: the backup folder)</source>
        <translation>папка (по умолчанию: папка резервных копий)</translation>
    </message>
    <message>
        <source>the backups, newest first, each checked</source>
        <translation>резервные копии, сначала новые, каждая проверена</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current file is kept aside; an administrator&apos;s)</source>
        <translation>заменить базу данных резервной копией (текущий файл сохраняется отдельно; для администратора)</translation>
    </message>
    <message>
        <source>yes, go ahead: this cannot be undone</source>
        <translation>да, выполнить: это нельзя отменить</translation>
    </message>
    <message>
        <source>change a member: only the fields given, with the enrolment rules</source>
        <translation>изменить участника: только указанные поля, по правилам регистрации</translation>
    </message>
    <message>
        <source>the member&apos;s name</source>
        <translation>имя участника</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>адрес e-mail</translation>
    </message>
    <message>
        <source>the birthday: 31.12 or 31.12.1990</source>
        <translation>день рождения: 31.12 или 31.12.1990</translation>
    </message>
    <message>
        <source>notes for the counter</source>
        <translation>заметки для кассы</translation>
    </message>
    <message>
        <source>a new card number: the old card is blocked</source>
        <translation>номер новой карты: старая карта блокируется</translation>
    </message>
    <message>
        <source>offers by SMS</source>
        <translation>предложения по SMS</translation>
    </message>
    <message>
        <source>offers by e-mail</source>
        <translation>предложения по e-mail</translation>
    </message>
    <message>
        <source>a phone or e-mail another member has too is meant (a family)</source>
        <translation>телефон или e-mail, который есть и у другого участника, указан намеренно (семья)</translation>
    </message>
    <message>
        <source>block a lost card, issue a new one</source>
        <translation>заблокировать утерянную карту, выдать новую</translation>
    </message>
    <message>
        <source>the lost card, when the member has several</source>
        <translation>утерянная карта, если у участника их несколько</translation>
    </message>
    <message>
        <source>the new card&apos;s number (default: the app issues one)</source>
        <translation>номер новой карты (по умолчанию: программа выдаёт номер)</translation>
    </message>
    <message>
        <source>move OTHER&apos;s cards, sales and points to KEEP (manager)</source>
        <translation>перенести карты, продажи и баллы OTHER в KEEP (менеджер)</translation>
    </message>
    <message>
        <source>remove a member&apos;s personal data (manager)</source>
        <translation>стереть персональные данные участника (менеджер)</translation>
    </message>
    <message>
        <source>add (or, negative, take away) points by hand (manager)</source>
        <translation>начислить (или, если N &lt; 0, списать) баллы вручную (менеджер)</translation>
    </message>
    <message>
        <source>the points: negative takes away</source>
        <translation>баллы: отрицательное число списывает</translation>
    </message>
    <message>
        <source>why, for the audit trail</source>
        <translation>причина, для журнала аудита</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member add --name N [--card C] [--phone P] [--email E] [--birthday D] [--referred-by CARD]</source>
        <translation>Использование: loyalty-cli member add --name N [--card C] [--phone P] [--email E] [--birthday D] [--referred-by CARD]</translation>
    </message>
    <message>
        <source>%1 is enrolled with card %2; balance %3 points.</source>
        <translation>%1 зарегистрирован(а) с картой %2; баланс %3 баллов.</translation>
    </message>
    <message>
        <source>show a member</source>
        <translation>показать участника</translation>
    </message>
    <message>
        <source>members whose name, e-mail, phone or card match</source>
        <translation>участники, у которых совпадает имя, e-mail, телефон или карта</translation>
    </message>
    <message>
        <source>enroll a member, with the enrolment rules and welcome bonus of the F2 dialog</source>
        <translation>зарегистрировать участника по правилам и с приветственным бонусом окна F2</translation>
    </message>
    <message>
        <source>the card&apos;s number (default: the app issues one)</source>
        <translation>номер карты (по умолчанию: программа выдаёт номер)</translation>
    </message>
    <message>
        <source>the card or phone of the member who brought them</source>
        <translation>карта или телефон участника, который его привёл</translation>
    </message>
    <message>
        <source>a member&apos;s points balance</source>
        <translation>баланс баллов участника</translation>
    </message>
    <message>
        <source>the card or phone number</source>
        <translation>номер карты или телефона</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>каталог товаров</translation>
    </message>
    <message>
        <source>a new product in the catalogue (a manager&apos;s)</source>
        <translation>новый товар в каталоге (для менеджера)</translation>
    </message>
    <message>
        <source>the product&apos;s code or barcode</source>
        <translation>код или штрихкод товара</translation>
    </message>
    <message>
        <source>the product&apos;s name</source>
        <translation>название товара</translation>
    </message>
    <message>
        <source>the price, e.g. 3.20</source>
        <translation>цена, например 3.20</translation>
    </message>
    <message>
        <source>the category (stamps, earn rules)</source>
        <translation>категория (штампы, правила начисления)</translation>
    </message>
    <message>
        <source>the product&apos;s key on the sale page: Alt+1..Alt+9</source>
        <translation>клавиша товара на странице продажи: Alt+1..Alt+9</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program [earn --points N --per AMOUNT | export --out FILE | import FILE]</source>
        <translation>Использование: loyalty-cli program [earn --points N --per AMOUNT | export --out FILE | import FILE]</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program export --out FILE.json</source>
        <translation>Использование: loyalty-cli program export --out FILE.json</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The program in force is written to %1.</source>
        <translation>Действующая программа записана в %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a program: it holds no JSON object.</source>
        <translation>%1 — не программа: в нём нет объекта JSON.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program import FILE.json [--note TEXT]</source>
        <translation>Использование: loyalty-cli program import FILE.json [--note TEXT]</translation>
    </message>
    <message>
        <source>show the loyalty program in force</source>
        <translation>показать действующую программу лояльности</translation>
    </message>
    <message>
        <source>set the earn rate: N points per AMOUNT paid, from now (a manager&apos;s)</source>
        <translation>задать норму начисления: N баллов за оплаченную сумму AMOUNT, с этого момента (для менеджера)</translation>
    </message>
    <message>
        <source>the points earned</source>
        <translation>начисляемые баллы</translation>
    </message>
    <message>
        <source>for this much paid, e.g. 1.00</source>
        <translation>за такую оплаченную сумму, например 1.00</translation>
    </message>
    <message>
        <source>write the program in force to a JSON file</source>
        <translation>записать действующую программу в файл JSON</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>файл для записи</translation>
    </message>
    <message>
        <source>a new program version from a JSON file, in force from now, checked as the program dialog checks it (a manager&apos;s)</source>
        <translation>новая версия программы из файла JSON, действует с этого момента, проверяется как в окне программы (для менеджера)</translation>
    </message>
    <message>
        <source>a note for the version&apos;s history</source>
        <translation>заметка для истории версий</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Members&apos; share of revenue</source>
        <translation>Доля участников в выручке</translation>
    </message>
    <message>
        <source>Members&apos; revenue</source>
        <translation>Выручка от участников</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Предоставлено скидок</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Нет продаж за этот период.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Сгорело</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Скорректировано</translation>
    </message>
    <message>
        <source>Outstanding now</source>
        <translation>Остаток на сейчас</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Обязательства по баллам</translation>
    </message>
    <message>
        <source>— (paying with points is off)</source>
        <translation>— (оплата баллами отключена)</translation>
    </message>
    <message>
        <source>Refunds that left a balance below zero</source>
        <translation>Возвраты, после которых баланс ушёл ниже нуля</translation>
    </message>
    <message>
        <source>Points those balances went below zero by</source>
        <translation>На сколько баллов эти балансы ушли ниже нуля</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Bought twice or more</source>
        <translation>Покупали два раза и более</translation>
    </message>
    <message>
        <source>Members&apos; sales</source>
        <translation>Продажи участникам</translation>
    </message>
    <message>
        <source>Active in the 90 days before</source>
        <translation>Активны за 90 дней до периода</translation>
    </message>
    <message>
        <source>Active in the last 90 days</source>
        <translation>Активны за последние 90 дней</translation>
    </message>
    <message>
        <source>Of those, new in the period</source>
        <translation>Из них новые за период</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Доля повторных покупок</translation>
    </message>
    <message>
        <source>Average visits</source>
        <translation>Среднее число визитов</translation>
    </message>
    <message>
        <source>Retention (CRR)</source>
        <translation>Удержание (CRR)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Lifetime value (CLV)</source>
        <translation>Пожизненная ценность (CLV)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Ответы NPS</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Промоутеры</translation>
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
        <translation>Ответы CSAT</translation>
    </message>
    <message>
        <source>Satisfied (4 and 5)</source>
        <translation>Довольны (4 и 5)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Nobody joined in these months.</source>
        <translation>В эти месяцы никто не зарегистрировался.</translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation>Дни рождения в ближайшие 14 дней</translation>
    </message>
    <message>
        <source>Points expiring in the next 30 days</source>
        <translation>Баллы, сгорающие в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Not seen for 60 days (win-back)</source>
        <translation>Не приходили 60 дней (вернуть клиентов)</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>Лучшие участники</translation>
    </message>
    <message>
        <source>Balances below zero</source>
        <translation>Балансы ниже нуля</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>The tills cannot be read.</source>
        <translation>Не удаётся прочитать список касс.</translation>
    </message>
    <message>
        <source>No till is called &quot;%1&quot;.</source>
        <translation>Нет кассы с названием «%1».</translation>
    </message>
    <message>
        <source>--group is day, week or month.</source>
        <translation>--group: day, week или month.</translation>
    </message>
    <message>
        <source>--months is a whole number from 1 to 120.</source>
        <translation>--months — целое число от 1 до 120.</translation>
    </message>
    <message>
        <source>Use: loyalty-cli report %1 --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</source>
        <translation>Использование: loyalty-cli report %1 --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Use: loyalty-cli report summary|sales|points|members|segments|cohorts|feedback|actions --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</source>
        <translation>Использование: loyalty-cli report summary|sales|points|members|segments|cohorts|feedback|actions --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</translation>
    </message>
    <message>
        <source>sales, points, members and feedback of a period (the reports&apos; summary)</source>
        <translation>продажи, баллы, участники и отзывы за период (сводка отчётов)</translation>
    </message>
    <message>
        <source>revenue, sales, refunds, average check, by day, week or month</source>
        <translation>выручка, продажи, возвраты, средний чек, по дням, неделям или месяцам</translation>
    </message>
    <message>
        <source>points issued, redeemed, expired and outstanding, and their liability</source>
        <translation>начисленные, списанные, сгоревшие и остающиеся баллы и обязательства по ним</translation>
    </message>
    <message>
        <source>new and active members, repeat rate, retention, churn, lifetime value</source>
        <translation>новые и активные участники, доля повторных покупок, удержание, отток, пожизненная ценность</translation>
    </message>
    <message>
        <source>members by RFM segment, as of today</source>
        <translation>участники по сегментам RFM на сегодня</translation>
    </message>
    <message>
        <source>of each month&apos;s new members, how many bought in each month after</source>
        <translation>сколько новых участников каждого месяца покупали в каждом следующем месяце</translation>
    </message>
    <message>
        <source>NPS and CSAT, and their trend by month</source>
        <translation>NPS и CSAT и их динамика по месяцам</translation>
    </message>
    <message>
        <source>members to call, write to or thank, as of today</source>
        <translation>кому позвонить, написать или сказать спасибо, на сегодня</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>первый день</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>последний день</translation>
    </message>
    <message>
        <source>only this till (its name or UUID; default: every till)</source>
        <translation>только эта касса (название или UUID; по умолчанию: все кассы)</translation>
    </message>
    <message>
        <source>the series by day (default), week or month</source>
        <translation>ряд по дням (по умолчанию), неделям или месяцам</translation>
    </message>
    <message>
        <source>how many months of cohorts (default 12)</source>
        <translation>сколько месяцев когорт (по умолчанию 12)</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>Оплата баллами в этом магазине отключена.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %Ln point(s) to pay with them.</source>
        <translation>
            <numerusform>Для оплаты баллами у %1 должно быть не менее %Ln балла.</numerusform>
            <numerusform>Для оплаты баллами у %1 должно быть не менее %Ln баллов.</numerusform>
            <numerusform>Для оплаты баллами у %1 должно быть не менее %Ln баллов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no points to pay with.</source>
        <translation>У %1 нет баллов для оплаты.</translation>
    </message>
    <message>
        <source>--pay-points takes a whole number of points above zero, or max.</source>
        <translation>--pay-points принимает целое число баллов больше нуля или max.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) paid %1.</source>
        <translation>
            <numerusform>%Ln балл оплатил %1.</numerusform>
            <numerusform>%Ln балла оплатили %1.</numerusform>
            <numerusform>%Ln баллов оплатили %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>record a sale: lines and/or an amount; without --card, a walk-in</source>
        <translation>провести продажу: строки и/или сумма; без --card — покупатель без карты</translation>
    </message>
    <message>
        <source>one line called &quot;Purchase&quot;</source>
        <translation>одна строка «Покупка»</translation>
    </message>
    <message>
        <source>a line: DESCRIPTION:PRICE[xQUANTITY]</source>
        <translation>строка: DESCRIPTION:PRICE[xQUANTITY]</translation>
    </message>
    <message>
        <source>the member pays part of the check with points (F6)</source>
        <translation>участник оплачивает часть чека баллами (F6)</translation>
    </message>
    <message>
        <source>print a past receipt of this till</source>
        <translation>напечатать прошлый чек этой кассы</translation>
    </message>
    <message>
        <source>the receipt&apos;s number</source>
        <translation>номер чека</translation>
    </message>
    <message>
        <source>give a sale back, whole or in part (a manager&apos;s)</source>
        <translation>возврат продажи, полный или частичный (для менеджера)</translation>
    </message>
    <message>
        <source>the lines given back (default: everything not yet given back)</source>
        <translation>возвращаемые строки (по умолчанию: всё, что ещё не возвращено)</translation>
    </message>
    <message>
        <source>create the database and this terminal</source>
        <translation>создать базу данных и эту кассу</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>название магазина</translation>
    </message>
    <message>
        <source>this till&apos;s name</source>
        <translation>название этой кассы</translation>
    </message>
    <message>
        <source>the ISO currency code (default: the locale&apos;s, else EUR)</source>
        <translation>код валюты ISO (по умолчанию: из языковых настроек, иначе EUR)</translation>
    </message>
    <message>
        <source>create the demo shop (members, cards, sales)</source>
        <translation>создать демо-магазин (участники, карты, продажи)</translation>
    </message>
    <message>
        <source>integrity check and ledger balances</source>
        <translation>проверка целостности и балансов по реестру</translation>
    </message>
    <message>
        <source>settle points whose expiry day is over (the app does it at start and daily; running it twice is harmless)</source>
        <translation>списать баллы с истёкшим сроком (программа делает это при запуске и ежедневно; повторный запуск безвреден)</translation>
    </message>
    <message>
        <source>read every lot, not only those since the last run</source>
        <translation>читать все партии баллов, а не только с прошлого запуска</translation>
    </message>
    <message>
        <source>the staff accounts</source>
        <translation>учётные записи сотрудников</translation>
    </message>
    <message>
        <source>a new account (the first an administrator&apos;s; then an administrator&apos;s action)</source>
        <translation>новая учётная запись (первая — администратора; далее — действие администратора)</translation>
    </message>
    <message>
        <source>the name to sign in with</source>
        <translation>имя для входа</translation>
    </message>
    <message>
        <source>what the account may do (docs/roles.md)</source>
        <translation>что может учётная запись (docs/roles.md)</translation>
    </message>
    <message>
        <source>the PIN: 4 to 8 digits</source>
        <translation>PIN-код: от 4 до 8 цифр</translation>
    </message>
    <message>
        <source>the account can no longer sign in</source>
        <translation>учётная запись больше не может входить</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>имя учётной записи</translation>
    </message>
    <message>
        <source>the audit trail, newest first (a manager&apos;s)</source>
        <translation>журнал аудита, сначала новые (для менеджера)</translation>
    </message>
    <message>
        <source>only this action, e.g. staff.create</source>
        <translation>только это действие, например staff.create</translation>
    </message>
    <message>
        <source>only what this person did</source>
        <translation>только действия этого человека</translation>
    </message>
    <message>
        <source>at most this many entries (default 100)</source>
        <translation>не больше стольких записей (по умолчанию 100)</translation>
    </message>
    <message>
        <source>the head office&apos;s PostgreSQL: &quot;host=… dbname=… user=… password=…&quot; (or LOYALTY_SYNC_PG)</source>
        <translation>PostgreSQL центрального офиса: &quot;host=… dbname=… user=… password=…&quot; (или LOYALTY_SYNC_PG)</translation>
    </message>
    <message>
        <source>tries again this often when the server is out of reach (default 3)</source>
        <translation>сколько раз повторить, если сервер недоступен (по умолчанию 3)</translation>
    </message>
    <message>
        <source>this terminal&apos;s changes since the last batch as a batch folder (a manager&apos;s)</source>
        <translation>изменения этой кассы с прошлого пакета в виде папки пакета (для менеджера)</translation>
    </message>
    <message>
        <source>the folder to write</source>
        <translation>папка для записи</translation>
    </message>
    <message>
        <source>everything, to set up a new terminal</source>
        <translation>всё, для настройки новой кассы</translation>
    </message>
    <message>
        <source>apply a batch another terminal exported (manager)</source>
        <translation>применить пакет, выгруженный другой кассой (менеджер)</translation>
    </message>
    <message>
        <source>send this terminal&apos;s changes to the head office (a manager&apos;s)</source>
        <translation>отправить изменения этой кассы в центральный офис (для менеджера)</translation>
    </message>
    <message>
        <source>bring the other terminals&apos; changes from the head office (a manager&apos;s)</source>
        <translation>получить изменения других касс из центрального офиса (для менеджера)</translation>
    </message>
    <message>
        <source>push, then pull (a manager&apos;s)</source>
        <translation>push, затем pull (для менеджера)</translation>
    </message>
    <message>
        <source>when this terminal last synced, what waits</source>
        <translation>когда касса последний раз синхронизировалась, что ждёт отправки</translation>
    </message>
    <message>
        <source>bring members from a CSV file (docs/import.md)</source>
        <translation>загрузить участников из файла CSV (docs/import.md)</translation>
    </message>
    <message>
        <source>show what would be done, write nothing</source>
        <translation>показать, что будет сделано, ничего не записывая</translation>
    </message>
    <message>
        <source>import the rows without errors, skip the others</source>
        <translation>загрузить строки без ошибок, остальные пропустить</translation>
    </message>
    <message>
        <source>which column holds a field, when the header does not say</source>
        <translation>в каком столбце поле, если заголовок этого не говорит</translation>
    </message>
    <message>
        <source>write the members to a CSV file</source>
        <translation>записать участников в файл CSV</translation>
    </message>
    <message>
        <source>the column separator (default &apos;;&apos;)</source>
        <translation>разделитель столбцов (по умолчанию &apos;;&apos;)</translation>
    </message>
    <message>
        <source>the list of commands, or one command&apos;s options (as --help)</source>
        <translation>список команд или параметры одной команды (как --help)</translation>
    </message>
    <message>
        <source>Usage: loyalty-cli [--db FILE] [--json] COMMAND [ARGS]</source>
        <translation>Использование: loyalty-cli [--db FILE] [--json] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>  MEMBER is a card number, a phone number or #ID; dates are YYYY-MM-DD.</source>
        <translation>  MEMBER — номер карты, номер телефона или #ID; даты — YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>  --db FILE   the database (default: %1)
  --staff NAME --pin PIN   (before the command) who acts, when the database has staff
              accounts, or the environment&apos;s LOYALTY_STAFF and LOYALTY_PIN; docs/roles.md
  --json      machine-readable output
  --version   the version
</source>
        <translation>  --db FILE   база данных (по умолчанию: %1)
  --staff NAME --pin PIN   (перед командой) кто выполняет действие, если в базе есть учётные
              записи сотрудников, или LOYALTY_STAFF и LOYALTY_PIN из окружения; docs/roles.md
  --json      машиночитаемый вывод
  --version   версия
</translation>
    </message>
    <message>
        <source>&quot;loyalty-cli COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation>«loyalty-cli COMMAND --help» показывает параметры команды.</translation>
    </message>
    <message>
        <source>Usage: loyalty-cli %1</source>
        <translation>Использование: loyalty-cli %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Введите %1 для подтверждения</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Введите %1 для подтверждения:</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>Поле в кавычках, начатое в строке %1, не закрыто: не хватает кавычки (&quot;).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>This is a spreadsheet file (.xlsx or .ods), not CSV: save it as &quot;CSV&quot; in the spreadsheet program and choose that file.</source>
        <translation>Это файл электронной таблицы (.xlsx или .ods), а не CSV: сохраните его в табличной программе в формате «CSV» и выберите этот файл.</translation>
    </message>
    <message>
        <source>This is not a text file: save the member list as CSV.</source>
        <translation>Это не текстовый файл: сохраните список участников в формате CSV.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3: a value may contain an unquoted %4.</source>
        <translation>В строке %1 полей: %2, а в заголовке: %3; возможно, в значении есть %4 без кавычек.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3.</source>
        <translation>В строке %1 полей: %2, а в заголовке: %3.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — папка, а не файл.</translation>
    </message>
    <message>
        <source>The file is %1; files over %2 are refused. Split the list into smaller files and import them one after another.</source>
        <translation>Размер файла — %1; файлы больше %2 не принимаются. Разделите список на файлы поменьше и импортируйте их по очереди.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1 and is refused.</source>
        <translation>Файл больше %1 и не принимается.</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 с меткой порядка байтов (BOM)</translation>
    </message>
    <message>
        <source>UTF-8 with unreadable bytes</source>
        <translation>UTF-8 с нечитаемыми байтами</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Файл базы данных не указан.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: this user has no permission to open it.</source>
        <translation>Не удаётся прочитать файл базы данных %1: у этого пользователя нет прав на его открытие.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;loyalty-cli init&quot;.</source>
        <translation>В %1 нет базы данных. Создайте её командой &quot;loyalty-cli init&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: %2</source>
        <translation>Не удаётся создать файл базы данных %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>Нет драйвера SQLite для Qt (пакет Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>Не удаётся открыть файл базы данных %1.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл базы данных %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a loyalty terminal&apos;s. It was left untouched.</source>
        <translation>%1 — база данных SQLite, но не кассы лояльности. Она оставлена без изменений.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of the loyalty terminal (schema %2; this version knows up to %3). Install the newer version; the file was left untouched.</source>
        <translation>База данных %1 создана более новой версией кассы лояльности (схема %2; эта версия знает до %3). Установите новую версию; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade: open it in the terminal first.</source>
        <translation>Базу данных %1 нужно обновить: сначала откройте её на кассе.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Sales cannot be recorded until this user may write to the file and its folder.</source>
        <translation>Файл базы данных %1 доступен только для чтения. Продажи нельзя записывать, пока у этого пользователя нет прав на запись в файл и его папку.</translation>
    </message>
    <message>
        <source>The database cannot be switched to write-ahead logging.</source>
        <translation>Не удаётся перевести базу данных в режим журнала упреждающей записи (WAL).</translation>
    </message>
    <message>
        <source>The database settings cannot be applied.</source>
        <translation>Не удаётся применить настройки базы данных.</translation>
    </message>
    <message>
        <source>The write-ahead log cannot be copied into the database.</source>
        <translation>Не удаётся перенести журнал упреждающей записи в базу данных.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <source>The database could not be changed.</source>
        <translation>Не удалось изменить базу данных.</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>Не удаётся прочитать версию схемы.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>В этой сборке нет миграции %1.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1.</source>
        <translation>Не удалось обновить базу данных до версии %1.</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>Не удалось запустить проверку целостности.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Файл базы данных доступен только для чтения.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a database.</source>
        <translation>Файл повреждён или не является базой данных.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again.</source>
        <translation>База данных занята другой программой; повторите попытку.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Не удаётся открыть файл.</translation>
    </message>
    <message>
        <source>The disk reported an error.</source>
        <translation>Диск сообщил об ошибке.</translation>
    </message>
    <message>
        <source>The member search index cannot be built.</source>
        <translation>Не удаётся построить индекс поиска участников.</translation>
    </message>
    <message>
        <source>The database cannot start a change.</source>
        <translation>База данных не может начать изменение.</translation>
    </message>
    <message>
        <source>No change is in progress.</source>
        <translation>Нет незавершённого изменения.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Не удалось сохранить изменение.</translation>
    </message>
    <message>
        <source>The member cannot be saved.</source>
        <translation>Не удаётся сохранить участника.</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>Участник больше не существует.</translation>
    </message>
    <message>
        <source>The member cannot be read.</source>
        <translation>Не удаётся прочитать данные участника.</translation>
    </message>
    <message>
        <source>The card cannot be blocked.</source>
        <translation>Не удаётся заблокировать карту.</translation>
    </message>
    <message>
        <source>The card is already blocked.</source>
        <translation>Карта уже заблокирована.</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be blocked.</source>
        <translation>Не удаётся заблокировать карты участника.</translation>
    </message>
    <message>
        <source>The member&apos;s points cannot be read.</source>
        <translation>Не удаётся прочитать баллы участника.</translation>
    </message>
    <message>
        <source>The points cannot be recorded.</source>
        <translation>Не удаётся записать баллы.</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be moved.</source>
        <translation>Не удаётся перенести карты участника.</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be moved.</source>
        <translation>Не удаётся перенести покупки участника.</translation>
    </message>
    <message>
        <source>The member&apos;s balance cannot be updated.</source>
        <translation>Не удаётся обновить баланс участника.</translation>
    </message>
    <message>
        <source>The member cannot be erased.</source>
        <translation>Не удаётся стереть участника.</translation>
    </message>
    <message>
        <source>The member&apos;s level cannot be saved.</source>
        <translation>Не удаётся сохранить уровень участника.</translation>
    </message>
    <message>
        <source>The terminal&apos;s identity cannot be read.</source>
        <translation>Не удаётся прочитать идентификатор кассы.</translation>
    </message>
    <message>
        <source>The terminal cannot be registered.</source>
        <translation>Не удаётся зарегистрировать кассу.</translation>
    </message>
    <message>
        <source>The shop settings cannot be read.</source>
        <translation>Не удаётся прочитать настройки магазина.</translation>
    </message>
    <message>
        <source>The shop settings cannot be saved.</source>
        <translation>Не удаётся сохранить настройки магазина.</translation>
    </message>
    <message>
        <source>The card cannot be looked up.</source>
        <translation>Не удаётся найти карту.</translation>
    </message>
    <message>
        <source>Members cannot be searched.</source>
        <translation>Не удаётся выполнить поиск участников.</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be read.</source>
        <translation>Не удаётся прочитать карты участника.</translation>
    </message>
    <message>
        <source>The card cannot be saved.</source>
        <translation>Не удаётся сохранить карту.</translation>
    </message>
    <message>
        <source>The member of this sale no longer exists.</source>
        <translation>Участник этой продажи больше не существует.</translation>
    </message>
    <message>
        <source>The next receipt number cannot be read.</source>
        <translation>Не удаётся прочитать следующий номер чека.</translation>
    </message>
    <message>
        <source>The sale cannot be saved.</source>
        <translation>Не удаётся сохранить продажу.</translation>
    </message>
    <message>
        <source>A line of the sale cannot be saved.</source>
        <translation>Не удаётся сохранить строку продажи.</translation>
    </message>
    <message>
        <source>The discounts of the sale cannot be saved.</source>
        <translation>Не удаётся сохранить скидки продажи.</translation>
    </message>
    <message>
        <source>The sale cannot be read.</source>
        <translation>Не удаётся прочитать продажу.</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be read.</source>
        <translation>Не удаётся прочитать покупки участника.</translation>
    </message>
    <message>
        <source>Sales cannot be counted.</source>
        <translation>Не удаётся подсчитать продажи.</translation>
    </message>
    <message>
        <source>The points balance cannot be read.</source>
        <translation>Не удаётся прочитать баланс баллов.</translation>
    </message>
    <message>
        <source>The points of the sale cannot be read.</source>
        <translation>Не удаётся прочитать баллы продажи.</translation>
    </message>
    <message>
        <source>The points balances cannot be checked.</source>
        <translation>Не удаётся проверить балансы баллов.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Этот сотрудник больше не существует.</translation>
    </message>
    <message>
        <source>The staff member cannot be saved.</source>
        <translation>Не удаётся сохранить сотрудника.</translation>
    </message>
    <message>
        <source>Staff cannot be read.</source>
        <translation>Не удаётся прочитать список сотрудников.</translation>
    </message>
    <message>
        <source>The sign-in cannot be recorded.</source>
        <translation>Не удаётся записать вход.</translation>
    </message>
    <message>
        <source>The PIN cannot be saved.</source>
        <translation>Не удаётся сохранить PIN.</translation>
    </message>
    <message>
        <source>The audit trail cannot be written.</source>
        <translation>Не удаётся записать журнал аудита.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read.</source>
        <translation>Не удаётся прочитать журнал аудита.</translation>
    </message>
    <message>
        <source>The members&apos; running totals cannot be read.</source>
        <translation>Не удаётся прочитать сводные итоги по участникам.</translation>
    </message>
    <message>
        <source>The members&apos; running totals cannot be updated.</source>
        <translation>Не удаётся обновить сводные итоги по участникам.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo Café</source>
        <translation>Демо-кафе</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Касса 1</translation>
    </message>
    <message>
        <source>This database already has members; the demo was not added.</source>
        <translation>В этой базе уже есть участники; демо-данные не добавлены.</translation>
    </message>
    <message>
        <source>Latte</source>
        <translation>Латте</translation>
    </message>
    <message>
        <source>Cappuccino</source>
        <translation>Капучино</translation>
    </message>
    <message>
        <source>Espresso</source>
        <translation>Эспрессо</translation>
    </message>
    <message>
        <source>Croissant</source>
        <translation>Круассан</translation>
    </message>
    <message>
        <source>Cheesecake</source>
        <translation>Чизкейк</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>Чай</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Бронзовый</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Серебряный</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золотой</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Кофейная карта</translation>
    </message>
    <message>
        <source>5% off over 30.00</source>
        <translation>Скидка 5% от 30.00</translation>
    </message>
    <message>
        <source>The demo could not be created.</source>
        <translation>Не удалось создать демо-данные.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>утеряна</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>New member</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>day.month or day.month.year</source>
        <translation>день.месяц или день.месяц.год</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер карты</translation>
    </message>
    <message>
        <source>Scan the new card, or F4 for a number</source>
        <translation>Отсканируйте новую карту или нажмите F4 для номера</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Preferences: oat milk, no sugar…</source>
        <translation>Предпочтения: овсяное молоко, без сахара…</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Пригласил</translation>
    </message>
    <message>
        <source>card or phone of the member who brought them</source>
        <translation>карта или телефон участника, который привёл клиента</translation>
    </message>
    <message>
        <source>New number (F4)</source>
        <translation>Новый номер (F4)</translation>
    </message>
    <message>
        <source>Agrees to offers by SMS</source>
        <translation>Согласен на предложения по SMS</translation>
    </message>
    <message>
        <source>Agrees to offers by e-mail</source>
        <translation>Согласен на предложения по e-mail</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Имя *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;День рождения</translation>
    </message>
    <message>
        <source>&amp;Card *</source>
        <translation>&amp;Карта *</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Re&amp;ferred by</source>
        <translation>&amp;Пригласил</translation>
    </message>
    <message>
        <source>Enroll (Enter)</source>
        <translation>Зарегистрировать (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Card %1 scanned.</source>
        <translation>Карта %1 отсканирована.</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 (type to replace)</source>
        <translation>%1 (введите для замены)</translation>
    </message>
    <message>
        <source>Scan or type a card to replace the member&apos;s card</source>
        <translation>Отсканируйте или введите карту, чтобы заменить карту участника</translation>
    </message>
    <message>
        <source>Write or print %1 on the new card.</source>
        <translation>Напишите или напечатайте %1 на новой карте.</translation>
    </message>
    <message>
        <source>Scan the new card, type its number, or press F4 for a new number.</source>
        <translation>Отсканируйте новую карту, введите её номер или нажмите F4 для нового номера.</translation>
    </message>
    <message>
        <source>%1 If they share it (a family), press Enter again to save.</source>
        <translation>%1 Если он общий (семья), нажмите Enter ещё раз, чтобы сохранить.</translation>
    </message>
    <message>
        <source>%1 If this is a different person (a family member), press Enter again to enroll.</source>
        <translation>%1 Если это другой человек (член семьи), нажмите Enter ещё раз, чтобы зарегистрировать.</translation>
    </message>
</context>
<context>
    <name>ExpiryService</name>
    <message>
        <source>The expiring points cannot be read.</source>
        <translation>Не удаётся прочитать сгорающие баллы.</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Баллы сгорели</translation>
    </message>
    <message>
        <source>The points cannot be recorded.</source>
        <translation>Не удаётся записать баллы.</translation>
    </message>
    <message>
        <source>Settling expired points: %1 of %2 lots</source>
        <translation>Списание сгоревших баллов: %1 из %2 начислений</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The delimiter must be a semicolon, a comma or a tab.</source>
        <translation>Разделителем должна быть точка с запятой, запятая или табуляция.</translation>
    </message>
    <message>
        <source>The members cannot be read.</source>
        <translation>Не удаётся прочитать участников.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Не удаётся записать файл.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <source>feedback scale</source>
        <translation>шкала отзыва</translation>
    </message>
    <message>
        <source>How likely is the customer to recommend us? Press 0–9, or 1 then 0 for 10.</source>
        <translation>Насколько вероятно, что клиент порекомендует нас? Нажмите 0–9 или 1, затем 0 для 10.</translation>
    </message>
    <message>
        <source>How was it today? Press 1 (bad) to 5 (excellent).</source>
        <translation>Как всё прошло сегодня? Нажмите от 1 (плохо) до 5 (отлично).</translation>
    </message>
    <message>
        <source>Feedback at the till is switched off in this shop.</source>
        <translation>Отзывы на кассе в этом магазине отключены.</translation>
    </message>
    <message>
        <source>The answer is %1 to %2.</source>
        <translation>Ответ — от %1 до %2.</translation>
    </message>
    <message>
        <source>A comment has at most %1 characters.</source>
        <translation>Комментарий — не более %1 симв.</translation>
    </message>
    <message>
        <source>Feedback belongs to a sale, and this is none.</source>
        <translation>Отзыв привязывается к продаже, а здесь её нет.</translation>
    </message>
    <message>
        <source>Feedback is kept for members: this sale was a walk-in.</source>
        <translation>Отзывы сохраняются только для участников: эта продажа была без карты.</translation>
    </message>
    <message>
        <source>The feedback cannot be read.</source>
        <translation>Не удаётся прочитать отзыв.</translation>
    </message>
    <message>
        <source>This sale already has the customer&apos;s answer.</source>
        <translation>У этой продажи уже есть ответ клиента.</translation>
    </message>
    <message>
        <source>The feedback cannot be saved.</source>
        <translation>Не удаётся сохранить отзыв.</translation>
    </message>
    <message>
        <source>The comment cannot be saved.</source>
        <translation>Не удаётся сохранить комментарий.</translation>
    </message>
    <message>
        <source>That feedback does not exist.</source>
        <translation>Такого отзыва нет.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up this terminal</source>
        <translation>Настройка кассы</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no staff accounts yet: make the administrator&apos;s.</source>
        <translation>У &lt;b&gt;%1&lt;/b&gt; пока нет учётных записей сотрудников: создайте учётную запись администратора.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Name the shop and this till, and make the administrator&apos;s account. All of it can be changed later.</source>
        <translation>&lt;b&gt;Добро пожаловать.&lt;/b&gt; Укажите название магазина и этой кассы и создайте учётную запись администратора. Всё это можно изменить позже.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Касса 1</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>&amp;Название магазина</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <source>&amp;This till</source>
        <translation>&amp;Эта касса</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Администратор</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits)</source>
        <translation>&amp;PIN (4–8 цифр)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN ещё &amp;раз</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Начать (Enter)</translation>
    </message>
    <message>
        <source>Quit (Esc)</source>
        <translation>Выход (Esc)</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name, as the receipt should show it.</source>
        <translation>Введите название магазина так, как оно должно быть в чеке.</translation>
    </message>
    <message>
        <source>Name this till, e.g. &quot;Till 1&quot;.</source>
        <translation>Назовите эту кассу, например «Касса 1».</translation>
    </message>
    <message>
        <source>%1 is not a currency code this terminal knows (e.g. RUB, EUR, USD).</source>
        <translation>Код валюты %1 этой кассе неизвестен (например, RUB, EUR, USD).</translation>
    </message>
    <message>
        <source>The two PINs differ: type the PIN again.</source>
        <translation>PIN-коды не совпадают: введите PIN ещё раз.</translation>
    </message>
</context>
<context>
    <name>HeadOffice</name>
    <message>
        <source>%1 rows sent to the head office.</source>
        <translation>Отправлено в центральный офис строк: %1.</translation>
    </message>
    <message>
        <source>The head office (%1) refused the user name or password. Check the sync settings; the changes wait on this terminal.</source>
        <translation>Центральный офис (%1) отклонил имя пользователя или пароль. Проверьте настройки синхронизации; изменения ждут на этой кассе.</translation>
    </message>
    <message>
        <source>The head office server has no database by that name (%1). Check the sync settings.</source>
        <translation>На сервере центрального офиса нет базы данных с таким именем (%1). Проверьте настройки синхронизации.</translation>
    </message>
    <message>
        <source>The head office (%1) cannot be reached. The changes wait on this terminal and go with the next sync.</source>
        <translation>Центральный офис (%1) недоступен. Изменения ждут на этой кассе и уйдут при следующей синхронизации.</translation>
    </message>
    <message>
        <source>This terminal cannot talk to a PostgreSQL head office: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Эта касса не может связаться с центральным офисом на PostgreSQL: не установлен драйвер PostgreSQL для Qt (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The head office connection names no database: add dbname=… to it.</source>
        <translation>В подключении к центральному офису не указана база данных: добавьте dbname=….</translation>
    </message>
    <message>
        <source>The head office database cannot be set up.</source>
        <translation>Не удаётся настроить базу данных центрального офиса.</translation>
    </message>
    <message>
        <source>The head office was set up by a newer version of the terminal (schema %1; this one knows %2). Update this terminal.</source>
        <translation>Центральный офис настроен более новой версией кассы (схема %1; эта знает %2). Обновите эту кассу.</translation>
    </message>
    <message>
        <source>The head office cannot register this terminal.</source>
        <translation>Центральный офис не может зарегистрировать эту кассу.</translation>
    </message>
    <message>
        <source>The head office keeps its accounts in %1 and this terminal in %2: a terminal syncs only with a head office of its own currency.</source>
        <translation>Центральный офис ведёт учёт в %1, а эта касса — в %2: касса синхронизируется только с центральным офисом в своей валюте.</translation>
    </message>
    <message>
        <source>The changes cannot be sent to the head office.</source>
        <translation>Не удаётся отправить изменения в центральный офис.</translation>
    </message>
    <message>
        <source>The changes of the other terminals cannot be read from the head office.</source>
        <translation>Не удаётся получить из центрального офиса изменения других касс.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members from a CSV file</source>
        <translation>Импорт участников из файла CSV</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>&amp;Choose file… (Ctrl+O)</source>
        <translation>&amp;Выбрать файл… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (leave out the rows with errors)</source>
        <translation>Импортировать только &amp;корректные строки (пропустить строки с ошибками)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · delimiter: %2 · %n row(s) after the header</source>
        <translation>
            <numerusform>Кодировка: %1 · разделитель: %2 · %n строка после заголовка</numerusform>
            <numerusform>Кодировка: %1 · разделитель: %2 · %n строки после заголовка</numerusform>
            <numerusform>Кодировка: %1 · разделитель: %2 · %n строк после заголовка</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <source>Dry run, nothing written yet: %1 rows: %2 new, %3 updated, %4 already here, %5 with errors; %6 opening points.</source>
        <translation>Пробный прогон, пока ничего не записано: строк: %1; новых: %2, обновлено: %3, уже есть: %4, с ошибками: %5; начальных баллов: %6.</translation>
    </message>
    <message>
        <source>Imported: %1 new members, %2 updated, %3 rows left out; %4 opening points.</source>
        <translation>Импортировано: новых участников: %1, обновлено: %2, пропущено строк: %3; начальных баллов: %4.</translation>
    </message>
    <message>
        <source>The members were imported.</source>
        <translation>Участники импортированы.</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>уже есть</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
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
        <translation>В файле есть строка заголовка, но нет участников.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The row has neither a card number nor a phone number, so a later import of the same file could not recognise the member.</source>
        <translation>В строке нет ни номера карты, ни номера телефона, поэтому при повторном импорте того же файла участника не удастся распознать.</translation>
    </message>
    <message>
        <source>Card %1 is also on line %2.</source>
        <translation>Карта %1 также есть в строке %2.</translation>
    </message>
    <message>
        <source>Phone %1 is also on line %2; give each of these members a card number to tell them apart.</source>
        <translation>Телефон %1 также есть в строке %2; укажите каждому из этих участников номер карты, чтобы их различать.</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased; it cannot be reused.</source>
        <translation>Карта %1 принадлежала участнику, чьи данные стёрты; её нельзя использовать повторно.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2, not to %3.</source>
        <translation>Карта %1 уже принадлежит участнику %2, а не %3.</translation>
    </message>
    <message>
        <source>Members cannot be searched.</source>
        <translation>Не удаётся выполнить поиск участников.</translation>
    </message>
    <message>
        <source>Several members already have phone %1: add the card number to the row.</source>
        <translation>Телефон %1 уже есть у нескольких участников: добавьте в строку номер карты.</translation>
    </message>
    <message>
        <source>Phone %1 belongs to %2, not %3: add the card number to the row.</source>
        <translation>Телефон %1 принадлежит участнику %2, а не %3: добавьте в строку номер карты.</translation>
    </message>
    <message>
        <source>New member %1.</source>
        <translation>Новый участник %1.</translation>
    </message>
    <message>
        <source>New member %1 with card %2.</source>
        <translation>Новый участник %1 с картой %2.</translation>
    </message>
    <message>
        <source>Opening balance %1 points.</source>
        <translation>Начальный баланс: %1 б.</translation>
    </message>
    <message>
        <source>The points ledger cannot be read.</source>
        <translation>Не удаётся прочитать реестр баллов.</translation>
    </message>
    <message>
        <source>card %1 is added</source>
        <translation>добавляется карта %1</translation>
    </message>
    <message>
        <source>an opening balance of %1 points is recorded</source>
        <translation>записывается начальный баланс: %1 б.</translation>
    </message>
    <message>
        <source>Already present: %1 has card %2.</source>
        <translation>Уже есть: у %1 карта %2.</translation>
    </message>
    <message>
        <source>Already present: %1 has phone %2.</source>
        <translation>Уже есть: у %1 телефон %2.</translation>
    </message>
    <message>
        <source>Existing member %1: %2.</source>
        <translation>Существующий участник %1: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file have errors, so nothing was imported. Correct them, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>В %n строке файла есть ошибки, поэтому ничего не импортировано. Исправьте их или выберите импорт только корректных строк.</numerusform>
            <numerusform>В %n строках файла есть ошибки, поэтому ничего не импортировано. Исправьте их или выберите импорт только корректных строк.</numerusform>
            <numerusform>В %n строках файла есть ошибки, поэтому ничего не импортировано. Исправьте их или выберите импорт только корректных строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>файла CSV</translation>
    </message>
    <message>
        <source>Opening balance from %1, line %2</source>
        <translation>Начальный баланс из %1, строка %2</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>В файле нет столбца «%1». Его столбцы: %2.</translation>
    </message>
    <message>
        <source>The column chosen for &quot;%1&quot; is not in the file.</source>
        <translation>Столбца, выбранного для поля «%1», нет в файле.</translation>
    </message>
    <message>
        <source>Choose the column with the members&apos; names. The file&apos;s columns are: %1.</source>
        <translation>Выберите столбец с именами участников. Столбцы файла: %1.</translation>
    </message>
    <message>
        <source>Choose the column with the card numbers or the one with the phone numbers: without them a second import could not recognise the members it already brought in.</source>
        <translation>Выберите столбец с номерами карт или с номерами телефонов: без них повторный импорт не сможет распознать уже загруженных участников.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is chosen for both &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>Столбец «%1» выбран и для «%2», и для «%3».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя (без фамилии)</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер карты</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Баланс баллов</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1 rows point at rows that do not exist.</source>
        <translation>Строк со ссылками на несуществующие строки: %1.</translation>
    </message>
    <message>
        <source>Member %1 shows a balance of %2 points but the ledger adds up to %3.</source>
        <translation>Баланс участника %1 — %2 б., а сумма по реестру баллов — %3.</translation>
    </message>
    <message>
        <source>The daily sales figures disagree with the sales on %1 days; the reports would be wrong there.</source>
        <translation>Дневные итоги продаж расходятся с продажами (дней: %1); отчёты за эти дни будут неверны.</translation>
    </message>
    <message>
        <source>The daily points figures disagree with the points ledger by %1 points.</source>
        <translation>Дневные итоги по баллам расходятся с реестром баллов на %1 б.</translation>
    </message>
    <message>
        <source>The points outstanding are kept as %1 but the members&apos; balances add up to %2; the points report would be wrong.</source>
        <translation>Непогашенные баллы записаны как %1, а сумма балансов участников — %2; отчёт по баллам был бы неверным.</translation>
    </message>
    <message>
        <source>The members&apos; spending is kept as %1 by %2 buyers but the members add up to %3 by %4; the lifetime value would be wrong.</source>
        <translation>Траты участников записаны как %1 от %2 покупателей, а по участникам выходит %3 от %4; пожизненная ценность была бы неверной.</translation>
    </message>
    <message>
        <source>%1 members are counted as current but there are %2; the segments would be wrong.</source>
        <translation>Действующими учтено участников: %1, а на самом деле их %2; сегменты были бы неверными.</translation>
    </message>
    <message>
        <source>The record of who bought on which day disagrees with the sales (days affected: %1); the members report would be wrong for them.</source>
        <translation>Запись о том, кто покупал в какой день, расходится с продажами (затронуто дней: %1); отчёт по участникам для них был бы неверным.</translation>
    </message>
    <message>
        <source>%1 members are counted as last seen on %2 but there are %3; the segments would be wrong.</source>
        <translation>%1 участников учтены как последний раз приходившие %2, но их %3; сегменты были бы неверны.</translation>
    </message>
    <message>
        <source>%1 lots of points do not match their allocations; members&apos; points and their expiry would be wrong.</source>
        <translation>Для %1 партий баллов списания не совпадают с распределениями; баллы участников и их сгорание были бы неверны.</translation>
    </message>
</context>
<context>
    <name>LevelService</name>
    <message>
        <source>The members&apos; levels cannot be read.</source>
        <translation>Не удаётся прочитать уровни участников.</translation>
    </message>
    <message>
        <source>The members&apos; levels cannot be saved.</source>
        <translation>Не удаётся сохранить уровни участников.</translation>
    </message>
    <message>
        <source>Reviewing club levels: %1 %</source>
        <translation>Пересмотр клубных уровней: %1 %</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Кто за кассой?</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
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
        <translation>Войти (Enter)</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter</source>
        <translation>↑ ↓ выберите своё имя · введите PIN · Enter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Сначала выберите своё имя.</translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation>Введите PIN и нажмите Enter.</translation>
    </message>
</context>
<context>
    <name>LostCardDialog</name>
    <message>
        <source>Lost card</source>
        <translation>Утерянная карта</translation>
    </message>
    <message>
        <source>%1 · %2 pts stay with the member</source>
        <translation>%1 · %2 б. остаются у участника</translation>
    </message>
    <message>
        <source>New card number</source>
        <translation>Номер новой карты</translation>
    </message>
    <message>
        <source>Scan the new card, or F4 for a number</source>
        <translation>Отсканируйте новую карту или нажмите F4 для номера</translation>
    </message>
    <message>
        <source>New number (F4)</source>
        <translation>Новый номер (F4)</translation>
    </message>
    <message>
        <source>&amp;Lost card</source>
        <translation>&amp;Утерянная карта</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Новая карта</translation>
    </message>
    <message>
        <source>Block and replace (Enter)</source>
        <translation>Заблокировать и заменить (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Write or print %1 on the new card.</source>
        <translation>Напишите или напечатайте %1 на новой карте.</translation>
    </message>
    <message>
        <source>Scan the new card, type its number, or press F4 for a new number.</source>
        <translation>Отсканируйте новую карту, введите её номер или нажмите F4 для нового номера.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loyalty Terminal — %1 · %2</source>
        <translation>Касса лояльности — %1 · %2</translation>
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
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>&amp;Import members from a CSV file…</source>
        <translation>&amp;Импорт участников из файла CSV…</translation>
    </message>
    <message>
        <source>&amp;Export members to a CSV file…</source>
        <translation>&amp;Экспорт участников в файл CSV…</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;Loyalty program…</source>
        <translation>&amp;Программа лояльности…</translation>
    </message>
    <message>
        <source>Change the loyalty program</source>
        <translation>Изменить программу лояльности</translation>
    </message>
    <message>
        <source>The loyalty program was saved.</source>
        <translation>Программа лояльности сохранена.</translation>
    </message>
    <message>
        <source>Re&amp;print a receipt…</source>
        <translation>Повторно напечатать &amp;чек…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>S&amp;ync with the other terminals…</source>
        <translation>&amp;Синхронизация с другими кассами…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <source>&amp;Switch person / lock (F10)</source>
        <translation>С&amp;менить пользователя / заблокировать (F10)</translation>
    </message>
    <message>
        <source>Sync with the other terminals</source>
        <translation>Синхронизация с другими кассами</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>В очереди: %1</translation>
    </message>
    <message>
        <source>Sync failed at %1 · %2</source>
        <translation>Сбой синхронизации в %1 · %2</translation>
    </message>
    <message>
        <source>Synced %1 · %2</source>
        <translation>Синхронизировано %1 · %2</translation>
    </message>
    <message>
        <source>Not synced yet · %1</source>
        <translation>Ещё не синхронизировано · %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Не удалось создать резервную копию: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервная копия создана: %1.</translation>
    </message>
    <message>
        <source>The receipt cannot be shown: %1</source>
        <translation>Не удаётся показать чек: %1</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>Повторная печать чека</translation>
    </message>
    <message>
        <source>Receipt &amp;number:</source>
        <translation>&amp;Номер чека:</translation>
    </message>
    <message>
        <source>The database reports damage (%1). Ask a manager to restore a backup: Manage → Restore a backup.</source>
        <translation>База данных сообщает о повреждении (%1). Попросите менеджера восстановить резервную копию: Управление → Восстановить из резервной копии.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backups (loyalty-*.sqlite);;All files (*)</source>
        <translation>Резервные копии (loyalty-*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace the terminal&apos;s data with %1? Sales recorded after it will not be in it; the current data is kept aside. The app restarts.</source>
        <translation>Заменить данные кассы на %1? Продаж, записанных после создания копии, в ней не будет; текущие данные сохраняются отдельно. Программа перезапустится.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without a key pressed.</source>
        <translation>
            <numerusform>Клавиши не нажимались %n минуту — касса заблокирована.</numerusform>
            <numerusform>Клавиши не нажимались %n минуты — касса заблокирована.</numerusform>
            <numerusform>Клавиши не нажимались %n минут — касса заблокирована.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signed out.</source>
        <translation>%1: выход выполнен.</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter signs in</source>
        <translation>↑ ↓ выберите своё имя · введите PIN · Enter — вход</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The sale the person before left unfinished was cleared.</source>
        <translation>Незавершённая продажа предыдущего сотрудника очищена.</translation>
    </message>
    <message>
        <source>Scan or type a card + Enter · type the amount + Enter · Enter or F12 completes · Del removes a line · Esc clears · F6 pay with points · F8 refund · F10 switch person · F1 all keys</source>
        <translation>Отсканируйте или введите карту + Enter · введите сумму + Enter · Enter или F12 — завершить · Del — удалить строку · Esc — очистить · F6 — оплата баллами · F8 — возврат · F10 — смена пользователя · F1 — все клавиши</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Просмотр журнала аудита</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>%1 members imported, %2 updated.</source>
        <translation>Импортировано участников: %1, обновлено: %2.</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Экспорт участников</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>members.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 members written to %2.</source>
        <translation>Участников записано в %2: %1.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>more than %1 waiting</source>
        <translation>В очереди: более %1</translation>
    </message>
</context>
<context>
    <name>MemberCardWidget</name>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Walk-in customer.
Scan the member&apos;s card, or type a name or phone, to collect points.</source>
        <translation>Покупатель без карты.
Отсканируйте карту участника или введите имя или телефон, чтобы начислить баллы.</translation>
    </message>
    <message>
        <source>F4 edit · F7 lost card · Ctrl+P points · Ctrl+M merge · F9 erase</source>
        <translation>F4 — изменить · F7 — утеря карты · Ctrl+P — баллы · Ctrl+M — объединить · F9 — стереть</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 б.</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1 pts expire on %2</source>
        <translation>%1 б. сгорят %2</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <translation>День рождения %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Участник с %1</translation>
    </message>
    <message>
        <source>Last visit %1 · %2 visits</source>
        <translation>Последний визит %1 · визитов: %2</translation>
    </message>
    <message>
        <source>No purchases yet</source>
        <translation>Покупок пока нет</translation>
    </message>
    <message>
        <source>Spent %1 · average %2</source>
        <translation>Потрачено %1 · в среднем %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Заметки: %1</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Usually: %1</source>
        <translation>Обычно: %1</translation>
    </message>
    <message>
        <source>%1  %2  +%3 pts</source>
        <translation>%1  %2  +%3 б.</translation>
    </message>
    <message>
        <source>Recent:
%1</source>
        <translation>Недавние:
%1</translation>
    </message>
    <message>
        <source>spend %1 more for %2</source>
        <translation>ещё %1 до уровня %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 — the next one is free</source>
        <translation>%1 %2 — следующий бесплатно</translation>
    </message>
    <message>
        <source>%1 %2 %3/%4</source>
        <translation>%1 %2 %3/%4</translation>
    </message>
    <message>
        <source>Birthday offer: %1</source>
        <translation>Предложение ко дню рождения: %1</translation>
    </message>
</context>
<context>
    <name>MemberInsights</name>
    <message>
        <source>The member&apos;s points cannot be read.</source>
        <translation>Не удаётся прочитать баллы участника.</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be read.</source>
        <translation>Не удаётся прочитать покупки участника.</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <source>Members cannot be searched.</source>
        <translation>Не удаётся выполнить поиск участников.</translation>
    </message>
    <message>
        <source>Members cannot be read.</source>
        <translation>Не удаётся прочитать участников.</translation>
    </message>
    <message>
        <source>The search statistics cannot be counted.</source>
        <translation>Не удаётся подсчитать статистику поиска.</translation>
    </message>
</context>
<context>
    <name>MemberSearchModel</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 б.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>Баллы</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>Scan a card or type a card or phone number.</source>
        <translation>Отсканируйте карту или введите номер карты или телефона.</translation>
    </message>
    <message>
        <source>That is too long to be a card or phone number.</source>
        <translation>Слишком длинно для номера карты или телефона.</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased.</source>
        <translation>Карта %1 принадлежала участнику, чьи данные стёрты.</translation>
    </message>
    <message>
        <source>Several members have phone %1: scan the card instead.</source>
        <translation>Телефон %1 есть у нескольких участников: отсканируйте карту.</translation>
    </message>
    <message>
        <source>No member has card or phone number %1.</source>
        <translation>Нет участника с номером карты или телефона %1.</translation>
    </message>
    <message>
        <source>No member has phone number %1.</source>
        <translation>Нет участника с номером телефона %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card or phone number of any member.</source>
        <translation>«%1» — не номер карты или телефона ни одного участника.</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>Участник больше не существует.</translation>
    </message>
    <message>
        <source>No free card number was found; try again.</source>
        <translation>Свободный номер карты не найден; повторите попытку.</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased: use another card.</source>
        <translation>Карта %1 принадлежала участнику, чьи данные стёрты: используйте другую карту.</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>Карта %1 уже принадлежит участнику %2.</translation>
    </message>
    <message>
        <source>Referred by: %1</source>
        <translation>Пригласил: %1</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Приветственный бонус</translation>
    </message>
    <message>
        <source>There is no member #%1.</source>
        <translation>Участника #%1 нет.</translation>
    </message>
    <message>
        <source>The data of member #%1 was erased.</source>
        <translation>Данные участника #%1 стёрты.</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into member #%3: open that member instead.</source>
        <translation>%1 (#%2) объединён с участником #%3: откройте его.</translation>
    </message>
    <message>
        <source>That card is not one of %1&apos;s cards.</source>
        <translation>Эта карта не принадлежит участнику %1.</translation>
    </message>
    <message>
        <source>Card %1 is blocked already.</source>
        <translation>Карта %1 уже заблокирована.</translation>
    </message>
    <message>
        <source>%1 has %2 cards: say which one to replace.</source>
        <translation>У участника %1 несколько карт (%2): укажите, какую заменить.</translation>
    </message>
    <message>
        <source>The new card must have another number than the old one.</source>
        <translation>Номер новой карты должен отличаться от старого.</translation>
    </message>
    <message>
        <source>replaced by card %1</source>
        <translation>заменена картой %1</translation>
    </message>
    <message>
        <source>lost; replaced by card %1</source>
        <translation>утеряна; заменена картой %1</translation>
    </message>
    <message>
        <source>A member cannot be merged with themselves: choose the other record.</source>
        <translation>Участника нельзя объединить с самим собой: выберите другую запись.</translation>
    </message>
    <message>
        <source>Merged into member #%1</source>
        <translation>Перенесено к участнику #%1</translation>
    </message>
    <message>
        <source>Merged from member #%1</source>
        <translation>Перенесено от участника #%1</translation>
    </message>
    <message>
        <source>Erased member #%1</source>
        <translation>Стёрт участник #%1</translation>
    </message>
    <message>
        <source>member data erased</source>
        <translation>данные участника стёрты</translation>
    </message>
    <message>
        <source>Type the points to add (e.g. 50) or take away (e.g. -50).</source>
        <translation>Введите, сколько баллов начислить (например, 50) или списать (например, -50).</translation>
    </message>
    <message>
        <source>At most %1 points can be added or taken away at once.</source>
        <translation>За один раз можно начислить или списать не более %1 б.</translation>
    </message>
    <message>
        <source>Say why: the reason goes into the member&apos;s history and the audit trail.</source>
        <translation>Укажите причину: она попадёт в историю участника и в журнал аудита.</translation>
    </message>
    <message>
        <source>A reason has at most 200 characters.</source>
        <translation>Причина — не более 200 символов.</translation>
    </message>
    <message>
        <source>%1 has %2 points: at most that many can be taken away.</source>
        <translation>Баланс участника %1: %2 б.; больше списать нельзя.</translation>
    </message>
    <message>
        <source>Card %1 is blocked since %2. Ask for the member&apos;s phone number or another card.</source>
        <translation>Карта %1 заблокирована с %2. Спросите номер телефона участника или другую карту.</translation>
    </message>
    <message>
        <source>Card %1 is blocked since %2 (%3). Ask for the member&apos;s phone number or another card.</source>
        <translation>Карта %1 заблокирована с %2 (%3). Спросите номер телефона участника или другую карту.</translation>
    </message>
    <message>
        <source>%1 already has this phone number.</source>
        <translation>Этот номер телефона уже есть у участника %1.</translation>
    </message>
    <message>
        <source>%1 already has this e-mail address.</source>
        <translation>Этот адрес e-mail уже есть у участника %1.</translation>
    </message>
</context>
<context>
    <name>MemberValidation</name>
    <message>
        <source>It contains a broken character (half of a character pair).</source>
        <translation>Содержит испорченный символ (половину пары символов).</translation>
    </message>
    <message>
        <source>It contains characters that could not be read (�): is the file in another encoding?</source>
        <translation>Содержит нечитаемые символы (�): может быть, файл в другой кодировке?</translation>
    </message>
    <message>
        <source>It contains control characters, which cannot be typed or printed.</source>
        <translation>Содержит управляющие символы, которые нельзя ввести или напечатать.</translation>
    </message>
    <message>
        <source>The name is not valid: %1</source>
        <translation>Недопустимое имя: %1</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Введите имя участника.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Имя — не более %1 симв., а в этом — %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + - ( ) only.</source>
        <translation>«%1» — не номер телефона: используйте только цифры, пробелы и + - ( ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: a phone number has %2 to %3 digits.</source>
        <translation>«%1» — не номер телефона: в номере телефона от %2 до %3 цифр.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid: %1</source>
        <translation>Недопустимый адрес e-mail: %1</translation>
    </message>
    <message>
        <source>An e-mail address has at most %1 characters.</source>
        <translation>Адрес e-mail — не более %1 симв.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it contains a space.</source>
        <translation>«%1» — не адрес e-mail: в нём есть пробел.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it contains &quot;%2&quot;.</source>
        <translation>«%1» — не адрес e-mail: в нём есть «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it needs exactly one @.</source>
        <translation>«%1» — не адрес e-mail: в нём должен быть ровно один символ @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: check the part before the @.</source>
        <translation>«%1» — не адрес e-mail: проверьте часть до @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: check the part after the @ (like shop.com).</source>
        <translation>«%1» — не адрес e-mail: проверьте часть после @ (например, shop.com).</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, write the year with four digits (1990), or leave it out.</source>
        <translation>В «%1» укажите год четырьмя цифрами (1990) или не указывайте его.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: write it as 31.12 or 31.12.1990.</source>
        <translation>«%1» — не дата рождения: укажите её как 31.12 или 31.12.1990.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: there is no month %2.</source>
        <translation>«%1» — не дата рождения: месяца %2 не существует.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: the year is before 1900.</source>
        <translation>«%1» — не дата рождения: год раньше 1900.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: %2 is not a leap year.</source>
        <translation>«%1» — не дата рождения: %2 — не високосный год.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: that month has no day %2.</source>
        <translation>«%1» — не дата рождения: в этом месяце нет %2-го числа.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: the date is in the future.</source>
        <translation>«%1» — не дата рождения: дата в будущем.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Введите номер карты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a card number a spreadsheet turned into a rounded number; format the column as text and export again.</source>
        <translation>«%1» — номер карты, который электронная таблица превратила в округлённое число; задайте столбцу текстовый формат и выгрузите снова.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card number: a card number has digits only.</source>
        <translation>«%1» — не номер карты: номер карты состоит только из цифр.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card number: a card number has %2 to %3 digits.</source>
        <translation>«%1» — не номер карты: в номере карты от %2 до %3 цифр.</translation>
    </message>
    <message>
        <source>Card number %1 has a wrong check digit (the last one): it was probably misread or mistyped.</source>
        <translation>В номере карты %1 неверная контрольная цифра (последняя): вероятно, номер неправильно считан или введён.</translation>
    </message>
    <message>
        <source>The notes are not valid: %1</source>
        <translation>Недопустимые заметки: %1</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters; these have %2.</source>
        <translation>Заметки — не более %1 симв., а здесь — %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points: an opening balance cannot be negative.</source>
        <translation>Баллы «%1»: начальный баланс не может быть отрицательным.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points: write a whole number, like 1240.</source>
        <translation>«%1» — не число баллов: укажите целое число, например 1240.</translation>
    </message>
    <message>
        <source>%1 points is more than a member can hold.</source>
        <translation>%1 б. — больше, чем может быть у участника.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
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
        <translation>Предупреждение</translation>
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
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» — не сумма.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use %2 for decimals, as in %3.</source>
        <translation>«%1» — не сумма: для дробной части используйте %2, например %3.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals.</source>
        <translation>Суммы в %1 указываются без дробной части.</translation>
    </message>
    <message numerus="yes">
        <source>An amount has at most %n decimal(s).</source>
        <translation>
            <numerusform>В сумме не более %n знака в дробной части.</numerusform>
            <numerusform>В сумме не более %n знаков в дробной части.</numerusform>
            <numerusform>В сумме не более %n знаков в дробной части.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be added.</source>
        <translation>Суммы в %1 и %2 нельзя складывать.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Слишком большая сумма.</translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>The level period must be 1 to 120 months.</source>
        <translation>Период уровня — от 1 до 120 месяцев.</translation>
    </message>
    <message>
        <source>Level %1 needs a code and a name.</source>
        <translation>Для уровня %1 нужны код и название.</translation>
    </message>
    <message>
        <source>%1: the threshold cannot be negative.</source>
        <translation>%1: порог не может быть отрицательным.</translation>
    </message>
    <message>
        <source>%1 must need more spend than %2.</source>
        <translation>Для %1 порог трат должен быть выше, чем для %2.</translation>
    </message>
    <message>
        <source>%1: the points multiplier must be 0% to 1000%.</source>
        <translation>%1: множитель баллов — от 0% до 1000%.</translation>
    </message>
    <message>
        <source>%1: the discount must be 0% to 100%.</source>
        <translation>%1: скидка — от 0% до 100%.</translation>
    </message>
    <message>
        <source>The birthday window is 0 to 60 days on each side.</source>
        <translation>Окно дня рождения — от 0 до 60 дней в каждую сторону.</translation>
    </message>
    <message>
        <source>The birthday bonus needs a number of points above zero.</source>
        <translation>Для бонуса ко дню рождения нужно число баллов больше нуля.</translation>
    </message>
    <message>
        <source>The birthday discount must be above 0% and at most 100%.</source>
        <translation>Скидка ко дню рождения должна быть больше 0% и не более 100%.</translation>
    </message>
    <message>
        <source>Choose the product given on birthdays.</source>
        <translation>Выберите товар, который дарится в день рождения.</translation>
    </message>
    <message>
        <source>A stamp card needs a name.</source>
        <translation>Для карты штампов нужно название.</translation>
    </message>
    <message>
        <source>%1: choose either one product or one category.</source>
        <translation>%1: выберите либо один товар, либо одну категорию.</translation>
    </message>
    <message>
        <source>%1: the number to buy must be 1 to 100.</source>
        <translation>%1: количество для покупки — от 1 до 100.</translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1 заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>%1: the hours must have a start before their end.</source>
        <translation>%1: время начала должно быть раньше времени окончания.</translation>
    </message>
    <message>
        <source>%1: the discount must be above 0% and at most 100%, the threshold not negative.</source>
        <translation>%1: скидка должна быть больше 0% и не более 100%, а порог — не отрицательным.</translation>
    </message>
    <message>
        <source>%1: the points multiplier must be above 100% and at most 1000%.</source>
        <translation>%1: множитель баллов должен быть больше 100% и не более 1000%.</translation>
    </message>
    <message>
        <source>%1 and %2 can apply at the same time: give one a higher priority.</source>
        <translation>%1 и %2 могут действовать одновременно: задайте одной из них более высокий приоритет.</translation>
    </message>
    <message>
        <source>A point must be worth at least one minor unit (0.01).</source>
        <translation>Балл должен стоить не меньше одной минимальной денежной единицы (0.01).</translation>
    </message>
    <message>
        <source>The share of a check payable with points must be above 0% and at most 100%.</source>
        <translation>Доля чека, оплачиваемая баллами, должна быть больше 0% и не более 100%.</translation>
    </message>
    <message>
        <source>The minimum balance cannot be negative.</source>
        <translation>Минимальный баланс не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>Оплата баллами в этом магазине отключена.</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Введите число баллов больше нуля.</translation>
    </message>
    <message>
        <source>Points can be used from a balance of %1; the member has %2.</source>
        <translation>Баллы можно использовать при балансе от %1; у участника %2.</translation>
    </message>
    <message numerus="yes">
        <source>The member has %Ln point(s), fewer than %1.</source>
        <translation>
            <numerusform>У участника %Ln балл — меньше %1.</numerusform>
            <numerusform>У участника %Ln балла — меньше %1.</numerusform>
            <numerusform>У участника %Ln баллов — меньше %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln point(s) can pay for this check.</source>
        <translation>
            <numerusform>Этот чек можно оплатить не более чем %Ln баллом.</numerusform>
            <numerusform>Этот чек можно оплатить не более чем %Ln баллами.</numerusform>
            <numerusform>Этот чек можно оплатить не более чем %Ln баллами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln point(s) are usable, fewer than %1.</source>
        <translation>
            <numerusform>Доступен только %Ln балл — меньше %1.</numerusform>
            <numerusform>Доступно только %Ln балла — меньше %1.</numerusform>
            <numerusform>Доступно только %Ln баллов — меньше %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayWithPointsDialog</name>
    <message>
        <source>Pay with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pay with points&lt;/b&gt;</source>
        <translation>&lt;b&gt;Оплата баллами&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 has %2 points. On this sale: up to %3 points (%4).</source>
        <translation>Баланс участника %1: %2 б. На эту продажу: до %3 б. (%4).</translation>
    </message>
    <message>
        <source>a number, or max</source>
        <translation>число или макс</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Баллы</translation>
    </message>
    <message>
        <source>Use points (Enter)</source>
        <translation>Списать баллы (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс</translation>
    </message>
    <message>
        <source>Type a whole number of points, or max.</source>
        <translation>Введите целое число баллов или макс.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Ask the member: pay %1 with %2 points?</source>
        <translation>Спросите участника: списать %2 б. в оплату %1?</translation>
    </message>
    <message>
        <source>Member agrees (Enter)</source>
        <translation>Участник согласен (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln point(s) on this sale.</source>
        <translation>
            <numerusform>На эту продажу — не более %Ln балла.</numerusform>
            <numerusform>На эту продажу — не более %Ln баллов.</numerusform>
            <numerusform>На эту продажу — не более %Ln баллов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Record a sale</source>
        <translation>Проведение продажи</translation>
    </message>
    <message>
        <source>Enrol a member</source>
        <translation>Регистрация участника</translation>
    </message>
    <message>
        <source>Edit a member</source>
        <translation>Изменение участника</translation>
    </message>
    <message>
        <source>Replace a lost card</source>
        <translation>Замена утерянной карты</translation>
    </message>
    <message>
        <source>See full phone and e-mail</source>
        <translation>Просмотр полного телефона и e-mail</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>Возврат продажи</translation>
    </message>
    <message>
        <source>Void a sale</source>
        <translation>Аннулирование продажи</translation>
    </message>
    <message>
        <source>Adjust points by hand</source>
        <translation>Ручная корректировка баллов</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>Объединение двух участников</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data</source>
        <translation>Стирание персональных данных участника</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Экспорт персональных данных</translation>
    </message>
    <message>
        <source>Change the loyalty program</source>
        <translation>Изменение программы лояльности</translation>
    </message>
    <message>
        <source>Read reports</source>
        <translation>Просмотр отчётов</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Просмотр журнала аудита</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создание резервной копии</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Exchange data with head office</source>
        <translation>Обмен данными с центральным офисом</translation>
    </message>
    <message>
        <source>Manage staff and PINs</source>
        <translation>Управление сотрудниками и PIN</translation>
    </message>
    <message>
        <source>Change shop settings</source>
        <translation>Изменение настроек магазина</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
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
        <translation>В PIN от %1 до %2 цифр.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN состоит только из цифр.</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: avoid one digit repeated or a run like 1234.</source>
        <translation>Этот PIN слишком легко угадать: не используйте одну повторяющуюся цифру или последовательность вроде 1234.</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>The member&apos;s stamps cannot be read.</source>
        <translation>Не удаётся прочитать штампы участника.</translation>
    </message>
    <message>
        <source>The stamps cannot be recorded.</source>
        <translation>Не удаётся записать штампы.</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>The sale has no lines yet.</source>
        <translation>В продаже пока нет строк.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: price and quantity must be above zero.</source>
        <translation>«%1»: цена и количество должны быть больше нуля.</translation>
    </message>
    <message>
        <source>The total is above this shop&apos;s limit for one sale.</source>
        <translation>Сумма превышает лимит магазина на одну продажу.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n free</source>
        <translation>
            <numerusform>%1: %n шт. в подарок</numerusform>
            <numerusform>%1: %n шт. в подарок</numerusform>
            <numerusform>%1: %n шт. в подарок</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: %1 free</source>
        <translation>День рождения: %1 в подарок</translation>
    </message>
    <message>
        <source>%1 −%2%</source>
        <translation>%1 −%2%</translation>
    </message>
    <message>
        <source>Birthday −%1%</source>
        <translation>День рождения −%1%</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>Введите число баллов больше нуля.</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %n point(s)</source>
        <translation>
            <numerusform>Оплачено %n баллом</numerusform>
            <numerusform>Оплачено %n баллами</numerusform>
            <numerusform>Оплачено %n баллами</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус ко дню рождения</translation>
    </message>
    <message>
        <source>Two %1 share the code &quot;%2&quot;.</source>
        <translation>%1: у двух одинаковый код «%2».</translation>
    </message>
    <message>
        <source>%1: a stamp card needs a code.</source>
        <translation>%1: для карты штампов нужен код.</translation>
    </message>
    <message>
        <source>club levels</source>
        <translation>уровни клуба</translation>
    </message>
    <message>
        <source>stamp cards</source>
        <translation>карты штампов</translation>
    </message>
    <message>
        <source>promotions</source>
        <translation>акции</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>The products cannot be read.</source>
        <translation>Не удаётся прочитать товары.</translation>
    </message>
    <message>
        <source>A product needs a code of 1 to 32 characters.</source>
        <translation>Код товара должен содержать от 1 до 32 символов.</translation>
    </message>
    <message>
        <source>A product needs a name of 1 to 80 characters.</source>
        <translation>Название товара должно содержать от 1 до 80 символов.</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>Цена должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Quick keys are 1 to 9.</source>
        <translation>Быстрые клавиши — от 1 до 9.</translation>
    </message>
    <message>
        <source>The code %1 is taken by %2.</source>
        <translation>Код %1 уже занят товаром %2.</translation>
    </message>
    <message>
        <source>Alt+%1 is %2&apos;s quick key.</source>
        <translation>Alt+%1 — быстрая клавиша товара %2.</translation>
    </message>
    <message>
        <source>The product cannot be saved.</source>
        <translation>Не удаётся сохранить товар.</translation>
    </message>
</context>
<context>
    <name>ProgramCodec</name>
    <message>
        <source>The loyalty program setting %1 has a value of the wrong kind.</source>
        <translation>Параметр программы лояльности %1 имеет значение неверного типа.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: «%2» — не целое число.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a percentage such as 5 or 2.5.</source>
        <translation>%1: «%2» — не процент, например 5 или 2.5.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (2026-12-31).</source>
        <translation>%1: «%2» — не дата (2026-12-31).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time (15:00).</source>
        <translation>%1: «%2» — не время (15:00).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Программа лояльности</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loyalty program&lt;/b&gt; — a change takes effect at the moment below and never changes a sale already made</source>
        <translation>&lt;b&gt;Программа лояльности&lt;/b&gt; — изменение вступает в силу в указанный ниже момент и никогда не меняет уже проведённые продажи</translation>
    </message>
    <message>
        <source>Down (9.99 earns 9)</source>
        <translation>Вниз (за 9.99 начисляется 9)</translation>
    </message>
    <message>
        <source>To the nearest (9.50 earns 10)</source>
        <translation>До ближайшего (за 9.50 начисляется 10)</translation>
    </message>
    <message>
        <source>Up (9.01 earns 10)</source>
        <translation>Вверх (за 9.01 начисляется 10)</translation>
    </message>
    <message>
        <source>categories, separated by commas</source>
        <translation>категории через запятую</translation>
    </message>
    <message>
        <source>product codes, separated by commas</source>
        <translation>коды товаров через запятую</translation>
    </message>
    <message>
        <source>&amp;Points given</source>
        <translation>&amp;Баллов начисляется</translation>
    </message>
    <message>
        <source>… for every &amp;amount paid</source>
        <translation>… за каждую &amp;сумму оплаты</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>&amp;Округление</translation>
    </message>
    <message>
        <source>Points &amp;expire after (months, 0 = never)</source>
        <translation>Срок &amp;действия баллов (мес., 0 = бессрочно)</translation>
    </message>
    <message>
        <source>&amp;Categories that earn nothing</source>
        <translation>&amp;Категории без начисления</translation>
    </message>
    <message>
        <source>Pro&amp;ducts that earn nothing</source>
        <translation>&amp;Товары без начисления</translation>
    </message>
    <message>
        <source>&amp;Welcome bonus (points)</source>
        <translation>&amp;Приветственный бонус (баллы)</translation>
    </message>
    <message>
        <source>Re&amp;ferral bonus for both (points)</source>
        <translation>Бонус за при&amp;глашение обоим (баллы)</translation>
    </message>
    <message>
        <source>&amp;Largest sale</source>
        <translation>&amp;Макс. сумма продажи</translation>
    </message>
    <message>
        <source>Ask CSAT: how was it today (1–5)</source>
        <translation>Спрашивать CSAT: как всё прошло сегодня (1–5)</translation>
    </message>
    <message>
        <source>Ask NPS: would they recommend us (0–10)</source>
        <translation>Спрашивать NPS: порекомендуют ли нас (0–10)</translation>
    </message>
    <message>
        <source>Do not ask</source>
        <translation>Не спрашивать</translation>
    </message>
    <message>
        <source>Feedback after a &amp;member sale</source>
        <translation>Отзыв после продажи &amp;участнику</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Spend to reach</source>
        <translation>Порог трат</translation>
    </message>
    <message>
        <source>Points × %</source>
        <translation>Баллы × %</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка %</translation>
    </message>
    <message>
        <source>Spend counted over (&amp;months)</source>
        <translation>Траты учитываются за (&amp;мес.)</translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation>&amp;Уровни</translation>
    </message>
    <message>
        <source>Club levels</source>
        <translation>Уровни клуба</translation>
    </message>
    <message>
        <source>&amp;Birthday offer</source>
        <translation>&amp;Предложение ко дню рождения</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <source>Percent off the sale</source>
        <translation>Скидка в процентах на продажу</translation>
    </message>
    <message>
        <source>A free product</source>
        <translation>Бесплатный товар</translation>
    </message>
    <message>
        <source>Days &amp;before the birthday</source>
        <translation>Дней &amp;до дня рождения</translation>
    </message>
    <message>
        <source>Days &amp;after</source>
        <translation>Дней по&amp;сле</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Тип предложения</translation>
    </message>
    <message>
        <source>Bonus &amp;points</source>
        <translation>&amp;Бонусные баллы</translation>
    </message>
    <message>
        <source>Percent o&amp;ff</source>
        <translation>Процент скидк&amp;и</translation>
    </message>
    <message>
        <source>Free product (&amp;code)</source>
        <translation>Бесплатный товар (&amp;код)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Код товара</translation>
    </message>
    <message>
        <source>or category</source>
        <translation>или категория</translation>
    </message>
    <message>
        <source>Buy (then 1 free)</source>
        <translation>Купить (затем 1 бесплатно)</translation>
    </message>
    <message>
        <source>Stamp cards</source>
        <translation>Карты штампов</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Дни недели</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>От суммы</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Kind: discount or points. Dates 2026-12-31 and times 15:00 may stay empty (always); weekdays 1 = Monday … 7, e.g. 6,7.</source>
        <translation>Вид: скидка или баллы. Даты 2026-12-31 и время 15:00 можно оставить пустыми (всегда); дни недели 1 = понедельник … 7, например 6,7.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Акции</translation>
    </message>
    <message>
        <source>Members may &amp;pay with points</source>
        <translation>Участники могут &amp;платить баллами</translation>
    </message>
    <message>
        <source>Points &amp;earned on the part paid with points too</source>
        <translation>Баллы &amp;начисляются и на часть, оплаченную баллами</translation>
    </message>
    <message>
        <source>One point &amp;pays</source>
        <translation>Один балл &amp;равен</translation>
    </message>
    <message>
        <source>At most this &amp;share of the check (%)</source>
        <translation>Не более этой &amp;доли чека (%)</translation>
    </message>
    <message>
        <source>Only from a &amp;balance of (points)</source>
        <translation>Только при &amp;балансе от (баллов)</translation>
    </message>
    <message>
        <source>Paying with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>why, for the history (optional)</source>
        <translation>причина, для истории (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Takes effect</source>
        <translation>&amp;Вступает в силу</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>баллы</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Начисляется баллов</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Сумма оплаты</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Приветственный бонус</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>Бонус за приглашение</translation>
    </message>
    <message>
        <source>Largest sale</source>
        <translation>Макс. сумма продажи</translation>
    </message>
    <message>
        <source>Level period</source>
        <translation>Период уровня</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Дней до</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>Дней после</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус ко дню рождения</translation>
    </message>
    <message>
        <source>Birthday percent</source>
        <translation>Скидка ко дню рождения, %</translation>
    </message>
    <message>
        <source>Stamp card %1</source>
        <translation>Карта штампов %1</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>Акция %1</translation>
    </message>
    <message>
        <source>One point pays</source>
        <translation>Один балл равен</translation>
    </message>
    <message>
        <source>Share of the check</source>
        <translation>Доля чека</translation>
    </message>
    <message>
        <source>Minimum balance</source>
        <translation>Минимальный баланс</translation>
    </message>
</context>
<context>
    <name>ProgramService</name>
    <message>
        <source>The loyalty program cannot be read.</source>
        <translation>Не удаётся прочитать программу лояльности.</translation>
    </message>
    <message>
        <source>The loyalty program begins on %1; nothing can be recorded before it.</source>
        <translation>Программа лояльности начинает действовать %1; до этой даты ничего записать нельзя.</translation>
    </message>
    <message>
        <source>This terminal has no loyalty program yet.</source>
        <translation>На этой кассе пока нет программы лояльности.</translation>
    </message>
    <message>
        <source>That version of the loyalty program does not exist.</source>
        <translation>Такой версии программы лояльности нет.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <source>A change takes effect now or later: past sales keep the rules they were made with.</source>
        <translation>Изменение вступает в силу сейчас или позже: прошлые продажи сохраняют правила, по которым проведены.</translation>
    </message>
    <message>
        <source>A note has at most 200 characters.</source>
        <translation>Заметка — не более 200 символов.</translation>
    </message>
    <message>
        <source>earn rate</source>
        <translation>норма начисления</translation>
    </message>
    <message>
        <source>The loyalty program settings are inconsistent: %1</source>
        <translation>Настройки программы лояльности противоречат друг другу: %1</translation>
    </message>
    <message>
        <source>The loyalty program could not be saved.</source>
        <translation>Не удалось сохранить программу лояльности.</translation>
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
        <translation>Слова клиента (необязательно); Enter — сохранить</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>&amp;Печать (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF (Ctrl+S)</source>
        <translation>&amp;Сохранить в PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Next sale (Enter)</source>
        <translation>Следующая продажа (Enter)</translation>
    </message>
    <message>
        <source>Esc or the next scan skips.</source>
        <translation>Esc или следующее сканирование — пропустить.</translation>
    </message>
    <message>
        <source>The answer is %1 to %2.</source>
        <translation>Ответ — от %1 до %2.</translation>
    </message>
    <message>
        <source>Thank you: %1 saved. A comment? Type it and press Enter; Esc skips.</source>
        <translation>Спасибо: %1 сохранено. Комментарий? Введите его и нажмите Enter; Esc — пропустить.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Не удалось записать PDF в %1.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Отправлено на %1.</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Сохранить чек в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
</context>
<context>
    <name>ReceiptFormat</name>
    <message>
        <source>REFUND %1 (receipt %2)</source>
        <translation>ВОЗВРАТ %1 (чек %2)</translation>
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
        <translation>Подытог</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 б.</translation>
    </message>
    <message>
        <source>Points given back (%1)</source>
        <translation>Возврат баллов (%1)</translation>
    </message>
    <message>
        <source>GIVEN BACK</source>
        <translation>ВОЗВРАЩЕНО</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <source>%1 · card …%2</source>
        <translation>%1 · карта …%2</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <translation>Отозвано баллов</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 б.</translation>
    </message>
    <message>
        <source>Spend %1 more for %2.</source>
        <translation>Ещё %1 до уровня %2.</translation>
    </message>
    <message>
        <source>Club level: %1.</source>
        <translation>Уровень клуба: %1.</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Кассир: %1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>The receipt cannot be read.</source>
        <translation>Не удаётся прочитать чек.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till.</source>
        <translation>На этой кассе нет чека %1.</translation>
    </message>
    <message>
        <source>This sale does not exist.</source>
        <translation>Такой продажи нет.</translation>
    </message>
    <message>
        <source>(erased member)</source>
        <translation>(участник стёрт)</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <translation>
            <numerusform>Оплачено %Ln баллом</numerusform>
            <numerusform>Оплачено %Ln баллами</numerusform>
            <numerusform>Оплачено %Ln баллами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) had already been used: the balance is below zero.</source>
        <translation>
            <numerusform>%Ln балл уже потрачен: баланс ниже нуля.</numerusform>
            <numerusform>%Ln балла уже потрачены: баланс ниже нуля.</numerusform>
            <numerusform>%Ln баллов уже потрачено: баланс ниже нуля.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1.</source>
        <translation>
            <numerusform>%Ln балл сгорит %1.</numerusform>
            <numerusform>%Ln балла сгорят %1.</numerusform>
            <numerusform>%Ln баллов сгорят %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Give a sale back</source>
        <translation>Возврат продажи</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give a sale back&lt;/b&gt;</source>
        <translation>&lt;b&gt;Возврат продажи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. wrong order, the customer changed their mind</source>
        <translation>например, неверный заказ, клиент передумал</translation>
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
        <translation>Уже возвращено</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Чек</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Строки</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Give back (Enter)</source>
        <translation>Вернуть (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <source>Type the receipt number.</source>
        <translation>Введите номер чека.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 points earned</source>
        <translation>%1 · %2 · начислено баллов: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of items.</source>
        <translation>«%1» — не количество товаров.</translation>
    </message>
    <message>
        <source>Nothing to give back: every quantity is 0.</source>
        <translation>Нечего возвращать: все количества равны 0.</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>The sale cannot be read.</source>
        <translation>Не удаётся прочитать продажу.</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till.</source>
        <translation>На этой кассе нет чека %1.</translation>
    </message>
    <message>
        <source>This sale does not exist.</source>
        <translation>Такой продажи нет.</translation>
    </message>
    <message>
        <source>Say why the sale is given back: the reason goes into the audit trail.</source>
        <translation>Укажите причину возврата: она попадёт в журнал аудита.</translation>
    </message>
    <message>
        <source>A reason has at most 200 characters.</source>
        <translation>Причина — не более 200 символов.</translation>
    </message>
    <message>
        <source>Receipt %1 is itself a refund.</source>
        <translation>Чек %1 сам является возвратом.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>В чеке %1 нет строки %2.</translation>
    </message>
    <message>
        <source>Receipt %1: only %2 of &quot;%3&quot; can still be given back.</source>
        <translation>Чек %1: из «%3» можно вернуть ещё только %2.</translation>
    </message>
    <message>
        <source>Receipt %1 was already given back (refund receipt %2).</source>
        <translation>Чек %1 уже возвращён (чек возврата %2).</translation>
    </message>
    <message>
        <source>Choose what is given back: no quantity was entered.</source>
        <translation>Выберите, что возвращается: количество не указано.</translation>
    </message>
    <message>
        <source>Receipt %1 given back: %2</source>
        <translation>Возврат по чеку %1: %2</translation>
    </message>
    <message>
        <source>The member&apos;s stamps cannot be read.</source>
        <translation>Не удаётся прочитать штампы участника.</translation>
    </message>
    <message>
        <source>The refund cannot be saved.</source>
        <translation>Не удаётся сохранить возврат.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation>Выберите первый и последний день отчёта.</translation>
    </message>
    <message>
        <source>The range ends before it starts: %1 is before %2.</source>
        <translation>Период заканчивается раньше, чем начинается: %1 раньше %2.</translation>
    </message>
    <message>
        <source>A report covers at most ten years.</source>
        <translation>Отчёт охватывает не более десяти лет.</translation>
    </message>
    <message>
        <source>The sales cannot be read.</source>
        <translation>Не удаётся прочитать продажи.</translation>
    </message>
    <message>
        <source>The points cannot be read.</source>
        <translation>Не удаётся прочитать баллы.</translation>
    </message>
    <message>
        <source>The refunds cannot be read.</source>
        <translation>Не удаётся прочитать возвраты.</translation>
    </message>
    <message>
        <source>The members cannot be read.</source>
        <translation>Не удаётся прочитать участников.</translation>
    </message>
    <message>
        <source>The feedback cannot be read.</source>
        <translation>Не удаётся прочитать отзывы.</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>день рождения %1</translation>
    </message>
    <message>
        <source>%1 pts expire on %2</source>
        <translation>%1 б. сгорят %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>последний визит %1</translation>
    </message>
    <message>
        <source>balance %1 pts</source>
        <translation>баланс %1 б.</translation>
    </message>
    <message>
        <source>spent %1</source>
        <translation>потрачено %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В зоне риска</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>The cohorts cannot be read.</source>
        <translation>Не удаётся прочитать когорты.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Отчёты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Все кассы</translation>
    </message>
    <message>
        <source>The tills cannot be read.</source>
        <translation>Не удаётся прочитать список касс.</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Run (F5)</source>
        <translation>Сформировать (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation>Дни рождения в ближайшие 14 дней</translation>
    </message>
    <message>
        <source>Points expiring in the next 30 days</source>
        <translation>Баллы, сгорающие в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Not seen for 60 days (win-back)</source>
        <translation>Не приходили 60 дней (вернуть клиентов)</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>Лучшие участники</translation>
    </message>
    <message>
        <source>Balances below zero</source>
        <translation>Балансы ниже нуля</translation>
    </message>
    <message>
        <source>Export for &amp;SMS…</source>
        <translation>Выгрузка для &amp;SMS…</translation>
    </message>
    <message>
        <source>Export for &amp;e-mail…</source>
        <translation>Выгрузка для &amp;e-mail…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Contact allowed</source>
        <translation>Контакт разрешён</translation>
    </message>
    <message>
        <source>Action lists</source>
        <translation>Списки для работы</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Сохранить отчёт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the period and press &lt;b&gt;Run&lt;/b&gt; (F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите период и нажмите &lt;b&gt;Сформировать&lt;/b&gt; (F5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The reports were cancelled.</source>
        <translation>Формирование отчётов отменено.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Members&apos; share of revenue</source>
        <translation>Доля участников в выручке</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Предоставлено скидок</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Сгорело</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Скорректировано</translation>
    </message>
    <message>
        <source>Outstanding now</source>
        <translation>Остаток на сейчас</translation>
    </message>
    <message>
        <source>Refunds that left a balance below zero</source>
        <translation>Возвраты, после которых баланс ушёл ниже нуля</translation>
    </message>
    <message>
        <source>%1 (%2 pts)</source>
        <translation>%1 (%2 б.)</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Обязательства по баллам</translation>
    </message>
    <message>
        <source>— (paying with points is off)</source>
        <translation>— (оплата баллами отключена)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Доля повторных покупок</translation>
    </message>
    <message>
        <source>Average visits</source>
        <translation>Среднее число визитов</translation>
    </message>
    <message>
        <source>Retention (CRR)</source>
        <translation>Удержание (CRR)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Lifetime value (CLV)</source>
        <translation>Пожизненная ценность (CLV)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>Ответы NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>Ответы CSAT</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Нет продаж за этот период.</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Выручка (%1)</translation>
    </message>
    <message>
        <source>NPS and CSAT by month</source>
        <translation>NPS и CSAT по месяцам</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>нет ответов</translation>
    </message>
    <message>
        <source>Members by segment</source>
        <translation>Участники по сегментам</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Joined (members)</source>
        <translation>Вступили (участников)</translation>
    </message>
    <message>
        <source>Month 0</source>
        <translation>Месяц 0</translation>
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
        <translation>e-mail</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Run the reports first (F5).</source>
        <translation>Сначала сформируйте отчёты (F5).</translation>
    </message>
    <message>
        <source>Save the list as CSV</source>
        <translation>Сохранить список в CSV</translation>
    </message>
    <message>
        <source>%1 members who allow it were written to %2.</source>
        <translation>Участники, разрешившие контакт, записаны в %2: %1.</translation>
    </message>
    <message>
        <source>Cohorts: share of each month&apos;s new members who bought, by months since joining</source>
        <translation>Когорты: доля новых участников каждого месяца, совершивших покупку, по месяцам с момента вступления</translation>
    </message>
    <message>
        <source>%1: reports</source>
        <translation>%1: отчёты</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Expired points are still being settled (%1 %): points figures are as of %2.</source>
        <translation>Сгоревшие баллы ещё списываются (%1 %): данные по баллам — на %2.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The sale has no lines: enter an amount first.</source>
        <translation>В продаже нет строк: сначала введите сумму.</translation>
    </message>
    <message>
        <source>The sale is in %1 but the shop counts in %2.</source>
        <translation>Продажа в %1, а магазин ведёт учёт в %2.</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; must be more than zero.</source>
        <translation>Цена «%1» должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be between 1 and %2.</source>
        <translation>Количество «%1» должно быть от 1 до %2.</translation>
    </message>
    <message>
        <source>The sale would be over %1: check the amounts.</source>
        <translation>Продажа превысит %1: проверьте суммы.</translation>
    </message>
    <message>
        <source>The shop currency must be a three-letter ISO code such as EUR.</source>
        <translation>Валюта магазина должна быть трёхбуквенным кодом ISO, например EUR.</translation>
    </message>
    <message>
        <source>Points per amount cannot be negative.</source>
        <translation>Число баллов за сумму не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The amount that earns points must be more than zero.</source>
        <translation>Сумма, за которую начисляются баллы, должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Points expire after 0 (never) to 1200 months.</source>
        <translation>Срок действия баллов — от 0 (бессрочно) до 1200 месяцев.</translation>
    </message>
    <message>
        <source>The largest sale must be more than zero.</source>
        <translation>Максимальная сумма продажи должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The largest quantity must be more than zero.</source>
        <translation>Максимальное количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The welcome bonus is 0 to 1,000,000 points.</source>
        <translation>Приветственный бонус — от 0 до 1 000 000 баллов.</translation>
    </message>
    <message>
        <source>Feedback is asked as CSAT, NPS or not at all.</source>
        <translation>Отзыв запрашивается как CSAT, NPS или не запрашивается вовсе.</translation>
    </message>
    <message>
        <source>The referral bonus is 0 to 1,000,000 points.</source>
        <translation>Бонус за приглашение — от 0 до 1 000 000 баллов.</translation>
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
        <translation>Цена</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 б.</translation>
    </message>
    <message>
        <source>Scan a card, or type a phone number or name…</source>
        <translation>Отсканируйте карту или введите телефон или имя…</translation>
    </message>
    <message>
        <source>Card or phone number</source>
        <translation>Карта или номер телефона</translation>
    </message>
    <message>
        <source>Enter: find · F2: new member · Esc: clear</source>
        <translation>Enter — найти · F2 — новый участник · Esc — очистить</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>Найденные участники</translation>
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
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Сумма (%1)</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>%1
%2  ·  Alt+%3</source>
        <translation>%1
%2  ·  Alt+%3</translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation>Строки продажи</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Очистить (Esc)</translation>
    </message>
    <message>
        <source>Complete sale (Enter / F12)</source>
        <translation>Завершить продажу (Enter / F12)</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;. F2 enrolls a new member.</source>
        <translation>Нет участника по запросу «%1». F2 — зарегистрировать нового.</translation>
    </message>
    <message>
        <source>The first %1 matches: type more to narrow them. ↓ to choose, Enter to take.</source>
        <translation>Показаны первые совпадения (%1): уточните запрос. ↓ — выбрать, Enter — взять.</translation>
    </message>
    <message>
        <source>%1 found. ↓ to choose, Enter to take.</source>
        <translation>Найдено: %1. ↓ — выбрать, Enter — взять.</translation>
    </message>
    <message>
        <source>The sale is now for %1.</source>
        <translation>Продажа теперь на участника %1.</translation>
    </message>
    <message>
        <source>Type the amount, then press Enter.</source>
        <translation>Введите сумму и нажмите Enter.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 up.</source>
        <translation>Количество должно быть целым числом от 1.</translation>
    </message>
    <message>
        <source>The sale has no lines: type the amount first.</source>
        <translation>В продаже нет строк: сначала введите сумму.</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2. %3 earned %4; balance %5.</source>
        <translation>Продажа %1 записана: %2. %3: баланс %5 (начислено %4).</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 б.</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2 (walk-in).</source>
        <translation>Продажа %1 записана: %2 (без карты).</translation>
    </message>
    <message>
        <source>Welcome to %1!</source>
        <translation>Добро пожаловать на уровень %1!</translation>
    </message>
    <message>
        <source>Welcome, %1! Card %2 is ready to collect points.</source>
        <translation>Добро пожаловать, %1! Карта %2 готова к накоплению баллов.</translation>
    </message>
    <message>
        <source>Merge cancelled.</source>
        <translation>Объединение отменено.</translation>
    </message>
    <message>
        <source>Happy birthday, %1! This sale brings %2.</source>
        <translation>С днём рождения, %1! К этой продаже: %2.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Итого %1</translation>
    </message>
    <message>
        <source>Type the amount, then Enter.</source>
        <translation>Введите сумму и нажмите Enter.</translation>
    </message>
    <message>
        <source>Points payment removed: %1</source>
        <translation>Оплата баллами отменена: %1</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Подытог %1</translation>
    </message>
    <message>
        <source>%1   −%2</source>
        <translation>%1   −%2</translation>
    </message>
    <message>
        <source>%1   +%2 pts</source>
        <translation>%1   +%2 б.</translation>
    </message>
    <message>
        <source>This sale reaches %1.</source>
        <translation>С этой продажей достигнут уровень %1.</translation>
    </message>
    <message>
        <source>Earns %1</source>
        <translation>Начислится %1</translation>
    </message>
    <message>
        <source>Walk-in: no points</source>
        <translation>Без карты: баллы не начисляются</translation>
    </message>
    <message>
        <source>pay with points</source>
        <translation>оплата баллами</translation>
    </message>
    <message>
        <source>Add the items first: the points pay part of the check.</source>
        <translation>Сначала добавьте товары: баллами оплачивается часть чека.</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>Оплата баллами в этом магазине отключена.</translation>
    </message>
    <message>
        <source>%1 has no points to pay with.</source>
        <translation>У %1 нет баллов для оплаты.</translation>
    </message>
    <message>
        <source>Find the member first (scan the card or type the name or phone), then %1.</source>
        <translation>Сначала найдите участника (отсканируйте карту или введите имя или телефон), затем: %1.</translation>
    </message>
    <message>
        <source>F4 to edit</source>
        <translation>F4 — изменение</translation>
    </message>
    <message>
        <source>%1: changes saved.</source>
        <translation>%1: изменения сохранены.</translation>
    </message>
    <message>
        <source>F7 for a lost card</source>
        <translation>F7 — утерянная карта</translation>
    </message>
    <message>
        <source>Card %1 now belongs to %2; the lost card is blocked. %3 kept.</source>
        <translation>Карта %1 теперь принадлежит участнику %2; утерянная карта заблокирована. Баллы (%3) сохранены.</translation>
    </message>
    <message>
        <source>Ctrl+M to merge</source>
        <translation>Ctrl+M — объединение</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>Объединение двух участников</translation>
    </message>
    <message>
        <source>Not merged: merging members needs a manager.</source>
        <translation>Не объединено: для объединения участников нужен менеджер.</translation>
    </message>
    <message>
        <source>Merge into %1: find the other record of the same person (type the name, phone or card, ↓ and Enter). Esc cancels.</source>
        <translation>Объединение с %1: найдите другую запись того же человека (введите имя, телефон или карту, ↓ и Enter). Esc — отмена.</translation>
    </message>
    <message>
        <source>That is %1 again: find the other record, or Esc to cancel.</source>
        <translation>Это снова %1: найдите другую запись или нажмите Esc для отмены.</translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation>Объединение участников</translation>
    </message>
    <message>
        <source>Keep %1 (%2 pts, %3 visits) and move everything of %4 (%5 pts, %6 visits) to it: cards, purchases and points. %4 then disappears from search. This cannot be undone.</source>
        <translation>Оставить %1 (%2 б., визитов: %3) и перенести к нему всё от %4 (%5 б., визитов: %6): карты, покупки и баллы. После этого %4 пропадёт из поиска. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Merge (Enter)</source>
        <translation>Объединить (Enter)</translation>
    </message>
    <message>
        <source>Not merged. Find another record, or Esc to cancel the merge.</source>
        <translation>Не объединено. Найдите другую запись или нажмите Esc, чтобы отменить объединение.</translation>
    </message>
    <message>
        <source>%1 merged into %2: %3 cards, %4 purchases and %5 moved; balance %6.</source>
        <translation>%1 объединён с %2 (баланс %6): перенесено %5, карт — %3, покупок — %4.</translation>
    </message>
    <message>
        <source>Give a sale back</source>
        <translation>Возврат продажи</translation>
    </message>
    <message>
        <source>Nothing was given back: a refund needs a manager.</source>
        <translation>Ничего не возвращено: для возврата нужен менеджер.</translation>
    </message>
    <message>
        <source>Refund %1: %2 given back; %3 points taken back.</source>
        <translation>Возврат %1: возвращено %2; отозвано баллов: %3.</translation>
    </message>
    <message>
        <source>Ctrl+P to adjust points</source>
        <translation>Ctrl+P — корректировка баллов</translation>
    </message>
    <message>
        <source>Adjust points by hand</source>
        <translation>Ручная корректировка баллов</translation>
    </message>
    <message>
        <source>No points changed: adjusting points needs a manager.</source>
        <translation>Баллы не изменены: для корректировки баллов нужен менеджер.</translation>
    </message>
    <message>
        <source>Points adjusted: the balance is now %1.</source>
        <translation>Баллы скорректированы: баланс теперь %1.</translation>
    </message>
    <message>
        <source>F9 to erase</source>
        <translation>F9 — стирание данных</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data</source>
        <translation>Стирание персональных данных участника</translation>
    </message>
    <message>
        <source>Not erased: erasing a member needs a manager.</source>
        <translation>Не стёрто: для стирания данных участника нужен менеджер.</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>СТЕРЕТЬ</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>Стереть участника</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (#%2) at their request? Name, phone, e-mail, birthday, notes and consents are removed and their cards blocked; their purchases and points stay in the books, without their name. This cannot be undone.</source>
        <translation>Стереть персональные данные участника %1 (#%2) по его просьбе? Имя, телефон, e-mail, день рождения, заметки и согласия удаляются, карты блокируются; покупки и баллы остаются в учёте без имени. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Ничего не стёрто.</translation>
    </message>
    <message>
        <source>The personal data of member #%1 was erased. The sale in progress is now a walk-in.</source>
        <translation>Персональные данные участника #%1 стёрты. Текущая продажа теперь без карты.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %Ln point(s) to pay with them.</source>
        <translation>
            <numerusform>Для оплаты баллами у %1 должно быть не менее %Ln балла.</numerusform>
            <numerusform>Для оплаты баллами у %1 должно быть не менее %Ln баллов.</numerusform>
            <numerusform>Для оплаты баллами у %1 должно быть не менее %Ln баллов.</numerusform>
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
        <translation>Язык</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation>Валюта магазина</translation>
    </message>
    <message>
        <source>Chosen when the terminal was set up: every sale, refund and the loyalty program count in it.</source>
        <translation>Выбрана при настройке терминала: в ней считаются все продажи, возвраты и программа лояльности.</translation>
    </message>
    <message>
        <source>Money and dates</source>
        <translation>Деньги и даты</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <source>A new language or appearance shows once the terminal opens its screen again: whoever is signed in signs in again.</source>
        <translation>Новый язык или оформление появятся, когда терминал заново откроет экран: тому, кто вошёл, нужно будет войти снова.</translation>
    </message>
</context>
<context>
    <name>SettleRunner</name>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <source>Expired points could not be settled: %1</source>
        <translation>Не удалось списать сгоревшие баллы: %1</translation>
    </message>
    <message>
        <source>Club levels could not be reviewed: %1</source>
        <translation>Не удалось пересмотреть уровни клуба: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>За кассой</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>key</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>After a card, a phone number or a name: find the member</source>
        <translation>После карты, номера телефона или имени: найти участника</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>Вернуться в поле поиска</translation>
    </message>
    <message>
        <source>Enrol a new member</source>
        <translation>Зарегистрировать нового участника</translation>
    </message>
    <message>
        <source>After an amount: add the line; on an empty amount: complete the sale</source>
        <translation>После суммы: добавить строку; при пустой сумме: завершить продажу</translation>
    </message>
    <message>
        <source>Complete the sale</source>
        <translation>Завершить продажу</translation>
    </message>
    <message>
        <source>Add a product from the quick keys</source>
        <translation>Добавить товар быстрой клавишей</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Удалить выбранную строку</translation>
    </message>
    <message>
        <source>Clear the sale</source>
        <translation>Очистить продажу</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>Возврат продажи</translation>
    </message>
    <message>
        <source>Show or reprint a receipt</source>
        <translation>Показать или повторно напечатать чек</translation>
    </message>
    <message>
        <source>The member on screen</source>
        <translation>Участник на экране</translation>
    </message>
    <message>
        <source>Edit the member</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <source>Replace a lost card</source>
        <translation>Заменить утерянную карту</translation>
    </message>
    <message>
        <source>Add or take away points by hand (a manager&apos;s)</source>
        <translation>Начислить или списать баллы вручную (менеджер)</translation>
    </message>
    <message>
        <source>Merge with another record (a manager&apos;s)</source>
        <translation>Объединить с другой записью (менеджер)</translation>
    </message>
    <message>
        <source>Erase the member&apos;s personal data (a manager&apos;s)</source>
        <translation>Стереть персональные данные участника (менеджер)</translation>
    </message>
    <message>
        <source>The receipt after a sale</source>
        <translation>Чек после продажи</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджерам</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Sync with the other terminals</source>
        <translation>Синхронизация с другими кассами</translation>
    </message>
    <message>
        <source>Switch person or lock the till</source>
        <translation>Сменить пользователя или заблокировать кассу</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
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
        <translation>«%1»: роли «%2» это не разрешено.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Введите имя сотрудника.</translation>
    </message>
    <message>
        <source>A name has at most 60 characters.</source>
        <translation>Имя — не более 60 символов.</translation>
    </message>
    <message>
        <source>The first account must be an administrator&apos;s.</source>
        <translation>Первая учётная запись должна быть учётной записью администратора.</translation>
    </message>
    <message>
        <source>%1 already has an account.</source>
        <translation>У %1 уже есть учётная запись.</translation>
    </message>
    <message>
        <source>This staff member does not exist.</source>
        <translation>Такого сотрудника нет.</translation>
    </message>
    <message>
        <source>Nobody called %1 has an account here.</source>
        <translation>Здесь нет учётной записи с именем %1.</translation>
    </message>
    <message>
        <source>%1&apos;s account is switched off.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Слишком много неверных PIN. Повторите через %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The account is locked for %n second(s).</source>
        <translation>
            <numerusform>Неверный PIN. Учётная запись заблокирована на %n секунду.</numerusform>
            <numerusform>Неверный PIN. Учётная запись заблокирована на %n секунды.</numerusform>
            <numerusform>Неверный PIN. Учётная запись заблокирована на %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before the account locks.</source>
        <translation>
            <numerusform>Неверный PIN. До блокировки учётной записи осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN. До блокировки учётной записи осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN. До блокировки учётной записи осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot approve this: %2 needs a manager.</source>
        <translation>%1 не может это подтвердить: для действия «%2» нужен менеджер.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: make another one first.</source>
        <translation>%1 — последний администратор: сначала назначьте другого.</translation>
    </message>
    <message>
        <source>%1: a manager must approve this.</source>
        <translation>«%1»: это должен подтвердить менеджер.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Loyalty Terminal</source>
        <translation>Касса лояльности</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2. Restore it? The damaged file is kept aside, and sales after the backup are not in it.</source>
        <translation>%1

Последняя исправная резервная копия — от %2. Восстановить её? Повреждённый файл сохраняется отдельно; продаж, проведённых после создания копии, в ней нет.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Updating the database for this version of the terminal…

This happens once. At a large shop it can take a few minutes: please leave the till on.</source>
        <translation>Обновление базы данных для этой версии терминала…

Это происходит один раз. В большом магазине может занять несколько минут: пожалуйста, не выключайте кассу.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the other terminals</source>
        <translation>Синхронизация с другими кассами</translation>
    </message>
    <message>
        <source>Head office (PostgreSQL)</source>
        <translation>Центральный офис (PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. office.example.org</source>
        <translation>например, office.example.org</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>только по запросу</translation>
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
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Польз&amp;ователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Синхронизация &amp;каждые:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Синхронизировать с&amp;ейчас</translation>
    </message>
    <message>
        <source>Without a head office: batches carried by hand</source>
        <translation>Без центрального офиса: пакеты переносятся вручную</translation>
    </message>
    <message>
        <source>E&amp;xport a batch to a folder…</source>
        <translation>&amp;Выгрузить пакет в папку…</translation>
    </message>
    <message>
        <source>&amp;Import a batch from a folder…</source>
        <translation>&amp;Загрузить пакет из папки…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Name the head office&apos;s database too.</source>
        <translation>Укажите также базу данных центрального офиса.</translation>
    </message>
    <message>
        <source>Type the head office&apos;s server first, or carry a batch by hand below.</source>
        <translation>Сначала укажите сервер центрального офиса или перенесите пакет вручную (ниже).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Folder for the batch (a USB stick, a shared folder)</source>
        <translation>Папка для пакета (USB-накопитель, общая папка)</translation>
    </message>
    <message>
        <source>The batch folder another terminal exported</source>
        <translation>Папка с пакетом, выгруженным другой кассой</translation>
    </message>
    <message>
        <source>Importing the batch…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The changes to send cannot be read.</source>
        <translation>Не удаётся прочитать изменения для отправки.</translation>
    </message>
    <message>
        <source>The sync batch cannot be applied.</source>
        <translation>Не удаётся применить пакет синхронизации.</translation>
    </message>
    <message>
        <source>The batch holds a row of %1 this database refuses.</source>
        <translation>В пакете есть строка %1, которую эта база данных отклоняет.</translation>
    </message>
    <message>
        <source>A row of %1 in the batch is not readable.</source>
        <translation>Строка %1 в пакете не читается.</translation>
    </message>
    <message>
        <source>Batch written to %1: %2 rows (%3). Import it on the other terminals, or push to the head office.</source>
        <translation>Пакет записан в %1: строк: %2 (%3). Импортируйте его на других кассах или отправьте в центральный офис.</translation>
    </message>
    <message>
        <source>This batch was imported here before; nothing changed again.</source>
        <translation>Этот пакет уже импортировался здесь; повторно ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 new or newer here.</source>
        <translation>Прочитано строк: %1, из них новых или более свежих: %2.</translation>
    </message>
    <message>
        <source>%1 edits made on two terminals: the later one kept, the other in the audit trail.</source>
        <translation>Правок, сделанных на двух кассах: %1; сохранена более поздняя, другая — в журнале аудита.</translation>
    </message>
    <message>
        <source>%1 rows wait for an earlier batch of their terminal; they go in when it does.</source>
        <translation>Строк, ожидающих более раннего пакета своей кассы: %1; они будут применены вместе с ним.</translation>
    </message>
    <message>
        <source>%1 members now owe points (the same points were spent on two terminals): see Reports → Balances below zero.</source>
        <translation>Участников с долгом по баллам (одни и те же баллы потрачены на двух кассах): %1; см. Отчёты → Балансы ниже нуля.</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Последняя синхронизация: %1.</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Синхронизации ещё не было.</translation>
    </message>
    <message>
        <source>%1 changes waiting to leave.</source>
        <translation>Изменений в очереди отправки: %1.</translation>
    </message>
    <message>
        <source>The last try (%1) failed: %2</source>
        <translation>Последняя попытка (%1) не удалась: %2</translation>
    </message>
    <message>
        <source>The sync state cannot be read.</source>
        <translation>Не удаётся прочитать состояние синхронизации.</translation>
    </message>
    <message>
        <source>The sync state cannot be saved.</source>
        <translation>Не удаётся сохранить состояние синхронизации.</translation>
    </message>
    <message>
        <source>The sync batch cannot be recorded.</source>
        <translation>Не удаётся записать пакет синхронизации.</translation>
    </message>
    <message>
        <source>The other terminal cannot be recorded.</source>
        <translation>Не удаётся записать другую кассу.</translation>
    </message>
    <message>
        <source>The sync status cannot be read.</source>
        <translation>Не удаётся прочитать статус синхронизации.</translation>
    </message>
    <message>
        <source>The changes sent cannot be marked as sent.</source>
        <translation>Не удаётся отметить отправленные изменения как отправленные.</translation>
    </message>
    <message>
        <source>Nothing has changed on this terminal since the last batch: there is nothing to export.</source>
        <translation>С прошлого пакета на этой кассе ничего не изменилось: выгружать нечего.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty: choose an empty or a new folder for the batch.</source>
        <translation>Папка %1 не пуста: выберите для пакета пустую или новую папку.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The batch file %1 cannot be written: %2</source>
        <translation>Не удаётся записать файл пакета %1: %2</translation>
    </message>
    <message>
        <source>The batch manifest cannot be written: %1</source>
        <translation>Не удаётся записать манифест пакета: %1</translation>
    </message>
    <message>
        <source>The batch holds rows of an unknown kind (%1).</source>
        <translation>В пакете есть строки неизвестного типа (%1).</translation>
    </message>
    <message>
        <source>%1 holds no sync batch (manifest.json is missing): choose the folder the export wrote.</source>
        <translation>В %1 нет пакета синхронизации (нет manifest.json): выберите папку, в которую выполнена выгрузка.</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: its manifest cannot be read.</source>
        <translation>Пакет в %1 повреждён: не удаётся прочитать его манифест.</translation>
    </message>
    <message>
        <source>The batch was written by a newer version of the terminal (format %1; this one reads up to %2). Update this terminal, then import it again.</source>
        <translation>Пакет создан более новой версией кассы (формат %1; эта версия читает до %2). Обновите эту кассу, затем импортируйте пакет снова.</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: its format version is missing.</source>
        <translation>Пакет в %1 повреждён: отсутствует версия формата.</translation>
    </message>
    <message>
        <source>This batch was exported by this terminal: import it on the other terminals, or at the head office.</source>
        <translation>Этот пакет выгружен этой же кассой: импортируйте его на других кассах или в центральном офисе.</translation>
    </message>
    <message>
        <source>The batch is in %1 and this shop keeps its accounts in %2: batches travel only between terminals of one currency.</source>
        <translation>Пакет в %1, а этот магазин ведёт учёт в %2: пакеты передаются только между кассами с одной валютой.</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: a file name is not valid.</source>
        <translation>Пакет в %1 повреждён: недопустимое имя файла.</translation>
    </message>
    <message>
        <source>The batch in %1 is incomplete: %2 is missing.</source>
        <translation>Пакет в %1 неполный: отсутствует %2.</translation>
    </message>
    <message>
        <source>The batch file %1 was changed or cut short after the export (its checksum does not match). Nothing was imported: export the batch again.</source>
        <translation>Файл пакета %1 изменён или обрезан после выгрузки (контрольная сумма не совпадает). Ничего не импортировано: выгрузите пакет заново.</translation>
    </message>
    <message>
        <source>The batch file %1 holds %2 rows where the manifest says %3.</source>
        <translation>В файле пакета %1 строк: %2, а по манифесту: %3.</translation>
    </message>
    <message>
        <source>The sync batch cannot be applied: some of its rows refer to rows this terminal does not have. Nothing was imported.</source>
        <translation>Не удаётся применить пакет синхронизации: некоторые его строки ссылаются на записи, которых нет на этом терминале. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: a %2 may not do this.</source>
        <translation>«%1»: роли «%2» это не разрешено.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Импорт отменён: ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>TerminalService</name>
    <message>
        <source>The shop name must have 1 to 100 characters.</source>
        <translation>Название магазина должно содержать от 1 до 100 символов.</translation>
    </message>
    <message>
        <source>The terminal name must have 1 to 50 characters.</source>
        <translation>Название кассы должно содержать от 1 до 50 символов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three capital letters such as EUR, RUB or CNY.</source>
        <translation>«%1» — не код валюты: используйте три заглавные латинские буквы, например EUR, RUB или CNY.</translation>
    </message>
    <message>
        <source>This database already belongs to terminal &quot;%1&quot; of %2.</source>
        <translation>Эта база данных уже принадлежит кассе «%1» магазина %2.</translation>
    </message>
    <message>
        <source>This database has no terminal yet: run &quot;loyalty-cli init&quot; or start the terminal app once.</source>
        <translation>В этой базе данных ещё нет кассы: выполните &quot;loyalty-cli init&quot; или один раз запустите программу кассы.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loyalty Terminal</source>
        <translation>Касса лояльности</translation>
    </message>
    <message>
        <source>Point-of-sale loyalty terminal</source>
        <translation>Кассовый терминал программы лояльности</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>Fill a new database with the demo shop, its members and staff (docs/roles.md).</source>
        <translation>Заполнить новую базу данных демо-магазином, его участниками и сотрудниками (docs/roles.md).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
</context>
</TS>
