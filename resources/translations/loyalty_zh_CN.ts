<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has %2 points.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 有积分：%2。</translation>
    </message>
    <message>
        <source>50 adds, -50 takes away</source>
        <translation>50 为增加，-50 为扣除</translation>
    </message>
    <message>
        <source>e.g. a receipt from the old system, a complaint</source>
        <translation>例如：旧系统的小票、投诉</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>积分(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>记录 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Type the points to add (e.g. 50) or take away (e.g. -50).</source>
        <translation>输入要增加的积分（如 50）或要扣除的积分（如 -50）。</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>%1 is not part of a %2&apos;s work. Sign in as someone allowed to do it (F10 switches).</source>
        <translation>%1 不属于%2的职责。请以有权限的人员身份登录（按 F10 切换）。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>经理审批</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a manager&apos;s PIN.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 需要经理 PIN。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>经理 PIN</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>经理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>批准 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>No manager has an account on this terminal.</source>
        <translation>此终端上没有经理账户。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>(nobody signed in)</source>
        <translation>（无人登录）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Audit line %1 does not follow the line before it: a line was deleted, added or moved.</source>
        <translation>审计记录第 %1 行与前一行不衔接：有行被删除、添加或移动。</translation>
    </message>
    <message>
        <source>Audit line %1 was changed after it was written.</source>
        <translation>审计记录第 %1 行在写入后被修改。</translation>
    </message>
    <message>
        <source>The newest audit lines are missing: the trail ends before its last recorded line.</source>
        <translation>最新的审计记录缺失：记录在最后登记的行之前就结束了。</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Text in the entry…</source>
        <translation>条目中的文字…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>人员(&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>操作(&amp;H)</translation>
    </message>
    <message>
        <source>The period ends before it starts: change From or To.</source>
        <translation>时段的结束早于开始：请修改“从”或“至”。</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>此时段内没有记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s).</source>
        <translation>
            <numerusform>共 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 · %2 · terminal %3
Before:
%4
After:
%5</source>
        <translation>%1 · %2 · 终端 %3
修改前：
%4
修改后：
%5</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1：磁盘已满。</translation>
    </message>
    <message>
        <source>%1: the folder cannot be written to.</source>
        <translation>%1：无法写入该文件夹。</translation>
    </message>
    <message>
        <source>%1: the file is damaged.</source>
        <translation>%1：文件已损坏。</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>未能创建备份</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>%1: %2 exists already.</source>
        <translation>%1：%2 已存在。</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>%1: %2 cannot be written to.</source>
        <translation>%1：无法写入 %2。</translation>
    </message>
    <message>
        <source>%1: the copy could not be written to the disk.</source>
        <translation>%1：副本无法写入磁盘。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is not a backup of this app&apos;s database.</source>
        <translation>%1 不是本应用数据库的备份。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the app (schema %2; this one knows %3).</source>
        <translation>%1 由更新版本的应用写入（架构 %2；本版本支持 %3）。</translation>
    </message>
    <message>
        <source>%1 cannot be checked</source>
        <translation>无法检查 %1</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
    <message>
        <source>%1: it was stopped before the end.</source>
        <translation>%1：备份在完成前被停止。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>无法删除旧备份 %1。</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to the database.</source>
        <translation>无法将备份复制到数据库所在位置。</translation>
    </message>
    <message>
        <source>The backup cannot be copied next to the database: the disk may be full.</source>
        <translation>无法将备份复制到数据库所在位置：磁盘可能已满。</translation>
    </message>
    <message>
        <source>The current database cannot be moved aside.</source>
        <translation>无法将当前数据库移到一旁。</translation>
    </message>
    <message>
        <source>The backup cannot be put in place.</source>
        <translation>无法将备份放置到位。</translation>
    </message>
</context>
<context>
    <name>CheckoutService</name>
    <message>
        <source>The sale was not recorded: the database failed while saving it.</source>
        <translation>销售未记录：保存时数据库出错。</translation>
    </message>
    <message>
        <source>The member&apos;s spend cannot be read.</source>
        <translation>无法读取会员的消费金额。</translation>
    </message>
    <message>
        <source>%1 bonus points</source>
        <translation>奖励积分：%1</translation>
    </message>
    <message>
        <source>%1% off this sale</source>
        <translation>本单 %1% 折扣</translation>
    </message>
    <message>
        <source>The products cannot be read.</source>
        <translation>无法读取商品。</translation>
    </message>
    <message>
        <source>a free %1</source>
        <translation>免费%1一份</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation>销售未记录：%1</translation>
    </message>
    <message>
        <source>The member of this sale no longer exists.</source>
        <translation>此笔销售的会员已不存在。</translation>
    </message>
    <message>
        <source>This member&apos;s data was erased; record the sale as a walk-in.</source>
        <translation>此会员的数据已被清除；请按散客记录销售。</translation>
    </message>
    <message>
        <source>Only a member can pay with points: scan the card first.</source>
        <translation>只有会员才能用积分支付：请先扫描会员卡。</translation>
    </message>
    <message>
        <source>Paid receipt %1</source>
        <translation>已付款小票 %1</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>生日奖励</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <source>Referral bonus: %1 joined</source>
        <translation>推荐奖励：%1 已加入</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct them, or add --valid-only to import the other rows.</source>
        <translation>
            <numerusform>未导入任何数据：%n 行有错误。请更正，或加上 --valid-only 导入其余行。</numerusform>
        </translation>
    </message>
    <message>
        <source>loyalty-cli: %1</source>
        <translation>loyalty-cli：%1</translation>
    </message>
    <message>
        <source>Run &quot;loyalty-cli --help&quot; for the commands.</source>
        <translation>运行 &quot;loyalty-cli --help&quot; 查看命令。</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db 需要文件名。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>This database has no staff accounts: leave out --staff.</source>
        <translation>此数据库没有员工账户：请省略 --staff。</translation>
    </message>
    <message>
        <source>%1: %2 is a %3 and may not do this; give a manager&apos;s --staff and --pin.</source>
        <translation>%1：%2 是%3，无权执行此操作；请提供经理的 --staff 和 --pin。</translation>
    </message>
    <message>
        <source>%1 needs a manager: give --staff NAME --pin PIN.</source>
        <translation>%1 需要经理权限：请提供 --staff NAME --pin PIN。</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>  card:         %1</source>
        <translation>  会员卡：       %1</translation>
    </message>
    <message>
        <source>  phone:        %1</source>
        <translation>  电话：         %1</translation>
    </message>
    <message>
        <source>  points:       %1</source>
        <translation>  积分：         %1</translation>
    </message>
    <message>
        <source>  member since: %1</source>
        <translation>  入会日期：     %1</translation>
    </message>
    <message>
        <source>  last visit:   %1</source>
        <translation>  最近到店：     %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>  visits:       %1, spent %2</source>
        <translation>  到店次数：     %1，消费 %2</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>我的店铺</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>收银台 1</translation>
    </message>
    <message>
        <source>Created %1 for terminal &quot;%2&quot; of %3 (%4).</source>
        <translation>已为 %3（%4）的终端“%2”创建 %1。</translation>
    </message>
    <message>
        <source>Demo shop created in %1: %2 members, %3 sales.
Cards to scan: %4
A blocked card: %5</source>
        <translation>已在 %1 创建演示店铺：会员 %2 名，销售 %3 笔。
可扫描的会员卡：%4
已挂失的会员卡：%5</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member find CARD|PHONE, member search TEXT, or member edit, replace-card, merge, erase (see --help)</source>
        <translation>用法：loyalty-cli member find CARD|PHONE、member search TEXT，或 member edit、replace-card、merge、erase（参见 --help）</translation>
    </message>
    <message>
        <source>More members match: type more to narrow the search.</source>
        <translation>匹配的会员较多：请输入更多内容以缩小搜索范围。</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的会员。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a member number: write it as #42.</source>
        <translation>“%1”不是会员编号：请写成 #42 的形式。</translation>
    </message>
    <message>
        <source>--%1 takes yes or no.</source>
        <translation>--%1 只接受 yes 或 no。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member merge KEEP OTHER --yes</source>
        <translation>用法：loyalty-cli member merge KEEP OTHER --yes</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member %1 MEMBER ... (see --help)</source>
        <translation>用法：loyalty-cli member %1 MEMBER ...（参见 --help）</translation>
    </message>
    <message>
        <source>&quot;member %1&quot; cannot be undone: add --yes to go ahead.</source>
        <translation>“member %1”无法撤销：加上 --yes 以继续。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member adjust MEMBER --points N --reason TEXT (N may be negative)</source>
        <translation>用法：loyalty-cli member adjust MEMBER --points N --reason TEXT（N 可为负数）</translation>
    </message>
    <message>
        <source>%1: %2 points; the balance is now %3.</source>
        <translation>%1：积分 %2；当前余额为 %3。</translation>
    </message>
    <message>
        <source>Card %1 is not %2&apos;s card.</source>
        <translation>会员卡 %1 不属于 %2。</translation>
    </message>
    <message>
        <source>%1 has the new card %2; the lost one is blocked. Balance: %3 points.</source>
        <translation>%1 已获得新会员卡 %2；丢失的卡已挂失。余额：%3 积分。</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into %3 (#%4): %5 cards, %6 purchases and %7 points moved; balance %8.</source>
        <translation>%1 (#%2) 已合并到 %3 (#%4)：转移会员卡 %5 张、消费 %6 笔、积分 %7；余额 %8。</translation>
    </message>
    <message>
        <source>The personal data of member #%1 was erased; their sales and points stay in the books.</source>
        <translation>会员 #%1 的个人数据已清除；其销售和积分仍保留在账目中。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli balance --card N</source>
        <translation>用法：loyalty-cli balance --card N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a line: write it as &quot;Latte:3.20x2&quot;.</source>
        <translation>“%1”不是有效的商品行：请写成 &quot;Latte:3.20x2&quot; 的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>“%1”不是有效的数量。</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation>意外的“%1”。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli sale [--card N] --amount 12.50 | --line &quot;Latte:3.20x2&quot;...</source>
        <translation>用法：loyalty-cli sale [--card N] --amount 12.50 | --line &quot;Latte:3.20x2&quot;...</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2</source>
        <translation>销售 %1 已记录：%2</translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments.</source>
        <translation>“check”不接受参数。</translation>
    </message>
    <message>
        <source>The database is sound: every balance equals its ledger.</source>
        <translation>数据库正常：每个余额均与其台账一致。</translation>
    </message>
    <message>
        <source>Problems found:
  %1</source>
        <translation>发现问题：
  %1</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program [earn --points N --per AMOUNT]</source>
        <translation>用法：loyalty-cli program [earn --points N --per AMOUNT]</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program earn --points N --per AMOUNT, e.g. --points 1 --per 1.00</source>
        <translation>用法：loyalty-cli program earn --points N --per AMOUNT，例如 --points 1 --per 1.00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points.</source>
        <translation>“%1”不是整数积分。</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>rounded to the nearest</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>Earn: %1 points per %2 paid (%5)
Points expire after: %3
Largest sale: %4
Levels: %6
In force since: %7</source>
        <translation>积分获取：每支付 %2 得 %1 积分（%5）
积分有效期：%3
单笔销售上限：%4
等级：%6
生效日期：%7</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2, columns: %3</source>
        <translation>%1：%2，列：%3</translation>
    </message>
    <message>
        <source>  line %1: %2: %3</source>
        <translation>  第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 already present, %5 with errors; %6 opening points.</source>
        <translation>共 %1 行：新增 %2，更新 %3，已存在 %4，有错误 %5；初始积分 %6。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]...</source>
        <translation>用法：loyalty-cli import members FILE [--dry-run] [--valid-only] [--map FIELD=COLUMN]...</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, FIELD one of name, first_name, last_name, phone, email, card, birthday, points, notes.</source>
        <translation>--map 的格式为 FIELD=COLUMN，FIELD 可为 name、first_name、last_name、phone、email、card、birthday、points、notes 之一。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli export members --out FILE [--delimiter &apos;;&apos;|&apos;,&apos;|tab]</source>
        <translation>用法：loyalty-cli export members --out FILE [--delimiter &apos;;&apos;|&apos;,&apos;|tab]</translation>
    </message>
    <message>
        <source>--delimiter is &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>--delimiter 可为 &apos;;&apos;、&apos;,&apos; 或 tab。</translation>
    </message>
    <message>
        <source>%1 members written to %2.</source>
        <translation>已将会员（%1 名）写入 %2。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli staff list | add --name N --role ROLE --pin P | deactivate --name N</source>
        <translation>用法：loyalty-cli staff list | add --name N --role ROLE --pin P | deactivate --name N</translation>
    </message>
    <message>
        <source>%1  %2%3</source>
        <translation>%1  %2%3</translation>
    </message>
    <message>
        <source> (switched off)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>No staff accounts yet.</source>
        <translation>尚无员工账户。</translation>
    </message>
    <message>
        <source>--name is needed.</source>
        <translation>需要 --name。</translation>
    </message>
    <message>
        <source>--role is cashier, manager or administrator.</source>
        <translation>--role 可为 cashier、manager 或 administrator。</translation>
    </message>
    <message>
        <source>%1 can sign in as %2.</source>
        <translation>%1 可以以%2身份登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已无法登录。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli audit [--from D] [--to D] [--action A] [--limit N]</source>
        <translation>用法：loyalty-cli audit [--from D] [--to D] [--action A] [--limit N]</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>时段的结束早于开始。</translation>
    </message>
    <message>
        <source>--limit is a whole number from 1.</source>
        <translation>--limit 为从 1 起的整数。</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>没有任何记录。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli backup [--to DIR]</source>
        <translation>用法：loyalty-cli backup [--to DIR]</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli backups [--in DIR]</source>
        <translation>用法：loyalty-cli backups [--in DIR]</translation>
    </message>
    <message>
        <source>%1  %2  %3%4</source>
        <translation>%1  %2  %3%4</translation>
    </message>
    <message>
        <source>  DAMAGED: %1</source>
        <translation>  已损坏：%1</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli restore FILE</source>
        <translation>用法：loyalty-cli restore FILE</translation>
    </message>
    <message>
        <source>Restored from %1. The database before it is kept as %2.</source>
        <translation>已从 %1 恢复。恢复前的数据库保存为 %2。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli refund --receipt N --reason TEXT [--lines LINE:QTY,...]</source>
        <translation>用法：loyalty-cli refund --receipt N --reason TEXT [--lines LINE:QTY,...]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LINE:QUANTITY, e.g. 2:1.</source>
        <translation>“%1”不是 LINE:QUANTITY 格式，例如 2:1。</translation>
    </message>
    <message>
        <source>Receipt %1 given back as refund %2: %3; %4 points taken back, %5 points given back.</source>
        <translation>小票 %1 已作为退款 %2 退回：%3；收回积分 %4，退还积分 %5。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli receipt --receipt N</source>
        <translation>用法：loyalty-cli receipt --receipt N</translation>
    </message>
    <message>
        <source>Use: loyalty-cli expire [--full]</source>
        <translation>用法：loyalty-cli expire [--full]</translation>
    </message>
    <message>
        <source>%1 points of %2 members expired.</source>
        <translation>%2 名会员的积分已过期，共 %1 分。</translation>
    </message>
    <message>
        <source>No points had expired.</source>
        <translation>没有过期的积分。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli product list | add --code C --name N --price P [--category C] [--key 1-9]</source>
        <translation>用法：loyalty-cli product list | add --code C --name N --price P [--category C] [--key 1-9]</translation>
    </message>
    <message>
        <source>--key is a number from 1 to 9.</source>
        <translation>--key 为 1 到 9 的数字。</translation>
    </message>
    <message>
        <source>%1 added at %2.</source>
        <translation>已添加 %1，价格 %2。</translation>
    </message>
    <message>
        <source>  Alt+%1</source>
        <translation>  Alt+%1</translation>
    </message>
    <message>
        <source>No products yet.</source>
        <translation>尚无商品。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli sync export --out DIR [--all] | import DIR | push|pull|now --pg CONNINFO [--retries N] | status</source>
        <translation>用法：loyalty-cli sync export --out DIR [--all] | import DIR | push|pull|now --pg CONNINFO [--retries N] | status</translation>
    </message>
    <message>
        <source>Name the head office: --pg &quot;host=… dbname=… user=… password=…&quot; (or LOYALTY_SYNC_PG).</source>
        <translation>请指定总部：--pg &quot;host=… dbname=… user=… password=…&quot;（或 LOYALTY_SYNC_PG）。</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 20.</source>
        <translation>--retries 为 0 到 20 的数字。</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 %2 秒后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <translation>
            <numerusform>%1：%Ln 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 earned %Ln point(s); balance %2.</source>
        <translation>
            <numerusform>%1 获得 %Ln 积分；余额 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no options.</source>
        <translation>“%1”不接受任何选项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2.</source>
        <translation>“%1”接受 %2。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受值。</translation>
    </message>
    <message>
        <source>a checked copy of the database (docs/backup.md; a manager&apos;s)</source>
        <translation>经过检查的数据库副本（docs/backup.md；需经理）</translation>
    </message>
    <message>
        <source>the folder (default: the backup folder)</source>
        <translation>文件夹（默认：备份文件夹）</translation>
    </message>
    <message>
        <source>the backups, newest first, each checked</source>
        <translation>备份列表，最新的在前，逐个检查</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current file is kept aside; an administrator&apos;s)</source>
        <translation>用备份替换数据库（当前文件会保留在一旁；需管理员）</translation>
    </message>
    <message>
        <source>yes, go ahead: this cannot be undone</source>
        <translation>确认执行：此操作无法撤销</translation>
    </message>
    <message>
        <source>change a member: only the fields given, with the enrolment rules</source>
        <translation>修改会员：仅修改给出的字段，遵循注册规则</translation>
    </message>
    <message>
        <source>the member&apos;s name</source>
        <translation>会员姓名</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <source>the birthday: 31.12 or 31.12.1990</source>
        <translation>生日：31.12 或 31.12.1990</translation>
    </message>
    <message>
        <source>notes for the counter</source>
        <translation>给收银台的备注</translation>
    </message>
    <message>
        <source>a new card number: the old card is blocked</source>
        <translation>新会员卡号：旧卡将被冻结</translation>
    </message>
    <message>
        <source>offers by SMS</source>
        <translation>通过短信接收优惠</translation>
    </message>
    <message>
        <source>offers by e-mail</source>
        <translation>通过邮件接收优惠</translation>
    </message>
    <message>
        <source>a phone or e-mail another member has too is meant (a family)</source>
        <translation>确认与其他会员共用电话或邮箱（家庭）</translation>
    </message>
    <message>
        <source>block a lost card, issue a new one</source>
        <translation>挂失旧卡并发放新卡</translation>
    </message>
    <message>
        <source>the lost card, when the member has several</source>
        <translation>丢失的卡（会员有多张卡时）</translation>
    </message>
    <message>
        <source>the new card&apos;s number (default: the app issues one)</source>
        <translation>新卡号（默认：由应用生成）</translation>
    </message>
    <message>
        <source>move OTHER&apos;s cards, sales and points to KEEP (manager)</source>
        <translation>将 OTHER 的会员卡、销售和积分转到 KEEP（经理）</translation>
    </message>
    <message>
        <source>remove a member&apos;s personal data (manager)</source>
        <translation>清除会员的个人数据（经理）</translation>
    </message>
    <message>
        <source>add (or, negative, take away) points by hand (manager)</source>
        <translation>手动增加（负数则扣除）积分（经理）</translation>
    </message>
    <message>
        <source>the points: negative takes away</source>
        <translation>积分：负数表示扣除</translation>
    </message>
    <message>
        <source>why, for the audit trail</source>
        <translation>原因，记入审计记录</translation>
    </message>
    <message>
        <source>Use: loyalty-cli member add --name N [--card C] [--phone P] [--email E] [--birthday D] [--referred-by CARD]</source>
        <translation>用法：loyalty-cli member add --name N [--card C] [--phone P] [--email E] [--birthday D] [--referred-by CARD]</translation>
    </message>
    <message>
        <source>%1 is enrolled with card %2; balance %3 points.</source>
        <translation>%1 已注册，会员卡 %2；余额 %3 积分。</translation>
    </message>
    <message>
        <source>show a member</source>
        <translation>显示会员</translation>
    </message>
    <message>
        <source>members whose name, e-mail, phone or card match</source>
        <translation>姓名、邮箱、电话或会员卡匹配的会员</translation>
    </message>
    <message>
        <source>enroll a member, with the enrolment rules and welcome bonus of the F2 dialog</source>
        <translation>注册会员，遵循 F2 对话框的注册规则和欢迎奖励</translation>
    </message>
    <message>
        <source>the card&apos;s number (default: the app issues one)</source>
        <translation>会员卡号（默认：由应用生成）</translation>
    </message>
    <message>
        <source>the card or phone of the member who brought them</source>
        <translation>推荐人的会员卡或电话</translation>
    </message>
    <message>
        <source>a member&apos;s points balance</source>
        <translation>会员的积分余额</translation>
    </message>
    <message>
        <source>the card or phone number</source>
        <translation>会员卡号或电话号码</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>a new product in the catalogue (a manager&apos;s)</source>
        <translation>目录中的新商品（需经理）</translation>
    </message>
    <message>
        <source>the product&apos;s code or barcode</source>
        <translation>商品编码或条码</translation>
    </message>
    <message>
        <source>the product&apos;s name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>the price, e.g. 3.20</source>
        <translation>价格，例如 3.20</translation>
    </message>
    <message>
        <source>the category (stamps, earn rules)</source>
        <translation>类别（印花、积分规则）</translation>
    </message>
    <message>
        <source>the product&apos;s key on the sale page: Alt+1..Alt+9</source>
        <translation>销售页面上的商品快捷键：Alt+1..Alt+9</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program [earn --points N --per AMOUNT | export --out FILE | import FILE]</source>
        <translation>用法：loyalty-cli program [earn --points N --per AMOUNT | export --out FILE | import FILE]</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program export --out FILE.json</source>
        <translation>用法：loyalty-cli program export --out FILE.json</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The program in force is written to %1.</source>
        <translation>现行会员计划已写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a program: it holds no JSON object.</source>
        <translation>%1 不是会员计划：其中没有 JSON 对象。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli program import FILE.json [--note TEXT]</source>
        <translation>用法：loyalty-cli program import FILE.json [--note TEXT]</translation>
    </message>
    <message>
        <source>show the loyalty program in force</source>
        <translation>显示现行会员计划</translation>
    </message>
    <message>
        <source>set the earn rate: N points per AMOUNT paid, from now (a manager&apos;s)</source>
        <translation>设置积分获取比例：每支付 AMOUNT 得 N 积分，即时生效（需经理）</translation>
    </message>
    <message>
        <source>the points earned</source>
        <translation>获得的积分</translation>
    </message>
    <message>
        <source>for this much paid, e.g. 1.00</source>
        <translation>每支付此金额，例如 1.00</translation>
    </message>
    <message>
        <source>write the program in force to a JSON file</source>
        <translation>将现行会员计划写入 JSON 文件</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>a new program version from a JSON file, in force from now, checked as the program dialog checks it (a manager&apos;s)</source>
        <translation>从 JSON 文件创建新的会员计划版本，即时生效，按计划对话框的规则检查（需经理）</translation>
    </message>
    <message>
        <source>a note for the version&apos;s history</source>
        <translation>版本历史的备注</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Members&apos; share of revenue</source>
        <translation>会员营业额占比</translation>
    </message>
    <message>
        <source>Members&apos; revenue</source>
        <translation>会员营业额</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>已给折扣</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>此时段内没有销售。</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已兑换</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>Outstanding now</source>
        <translation>当前未兑付</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>积分负债</translation>
    </message>
    <message>
        <source>— (paying with points is off)</source>
        <translation>—（积分支付已关闭）</translation>
    </message>
    <message>
        <source>Refunds that left a balance below zero</source>
        <translation>导致余额低于零的退款</translation>
    </message>
    <message>
        <source>Points those balances went below zero by</source>
        <translation>这些余额低于零的积分数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Bought twice or more</source>
        <translation>购买两次及以上</translation>
    </message>
    <message>
        <source>Members&apos; sales</source>
        <translation>会员销售</translation>
    </message>
    <message>
        <source>Active in the 90 days before</source>
        <translation>期间前 90 天内活跃</translation>
    </message>
    <message>
        <source>Active in the last 90 days</source>
        <translation>最近 90 天内活跃</translation>
    </message>
    <message>
        <source>Of those, new in the period</source>
        <translation>其中本期新会员</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Average visits</source>
        <translation>平均到店次数</translation>
    </message>
    <message>
        <source>Retention (CRR)</source>
        <translation>留存率 (CRR)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Lifetime value (CLV)</source>
        <translation>客户终身价值 (CLV)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 回答数</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT 回答数</translation>
    </message>
    <message>
        <source>Satisfied (4 and 5)</source>
        <translation>满意（4 和 5 分）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Nobody joined in these months.</source>
        <translation>这几个月没有新会员。</translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation>未来 14 天内生日</translation>
    </message>
    <message>
        <source>Points expiring in the next 30 days</source>
        <translation>未来 30 天内过期的积分</translation>
    </message>
    <message>
        <source>Not seen for 60 days (win-back)</source>
        <translation>60 天未到店（召回）</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>顶级会员</translation>
    </message>
    <message>
        <source>Balances below zero</source>
        <translation>余额低于零</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>The tills cannot be read.</source>
        <translation>无法读取收银台。</translation>
    </message>
    <message>
        <source>No till is called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的收银台。</translation>
    </message>
    <message>
        <source>--group is day, week or month.</source>
        <translation>--group 取值为 day、week 或 month。</translation>
    </message>
    <message>
        <source>--months is a whole number from 1 to 120.</source>
        <translation>--months 为 1 到 120 的整数。</translation>
    </message>
    <message>
        <source>Use: loyalty-cli report %1 --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</source>
        <translation>用法：loyalty-cli report %1 --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Use: loyalty-cli report summary|sales|points|members|segments|cohorts|feedback|actions --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</source>
        <translation>用法：loyalty-cli report summary|sales|points|members|segments|cohorts|feedback|actions --from YYYY-MM-DD --to YYYY-MM-DD [--till T]</translation>
    </message>
    <message>
        <source>sales, points, members and feedback of a period (the reports&apos; summary)</source>
        <translation>某期间的销售、积分、会员和反馈（报表摘要）</translation>
    </message>
    <message>
        <source>revenue, sales, refunds, average check, by day, week or month</source>
        <translation>营业额、销售、退款、平均客单价，按日、周或月</translation>
    </message>
    <message>
        <source>points issued, redeemed, expired and outstanding, and their liability</source>
        <translation>已发放、已兑换、已过期和未使用的积分及其负债</translation>
    </message>
    <message>
        <source>new and active members, repeat rate, retention, churn, lifetime value</source>
        <translation>新会员和活跃会员、复购率、留存率、流失率、生命周期价值</translation>
    </message>
    <message>
        <source>members by RFM segment, as of today</source>
        <translation>截至今天按 RFM 分群的会员</translation>
    </message>
    <message>
        <source>of each month&apos;s new members, how many bought in each month after</source>
        <translation>每月新会员在之后每个月中有多少人购买</translation>
    </message>
    <message>
        <source>NPS and CSAT, and their trend by month</source>
        <translation>NPS 和 CSAT 及其按月趋势</translation>
    </message>
    <message>
        <source>members to call, write to or thank, as of today</source>
        <translation>截至今天需要致电、写信或致谢的会员</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>only this till (its name or UUID; default: every till)</source>
        <translation>仅此收银台（名称或 UUID；默认：所有收银台）</translation>
    </message>
    <message>
        <source>the series by day (default), week or month</source>
        <translation>序列按日（默认）、周或月</translation>
    </message>
    <message>
        <source>how many months of cohorts (default 12)</source>
        <translation>队列的月数（默认 12）</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>本店已关闭积分支付。</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %Ln point(s) to pay with them.</source>
        <translation>
            <numerusform>%1 至少需要 %Ln 积分才能用积分支付。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no points to pay with.</source>
        <translation>%1 没有可用于支付的积分。</translation>
    </message>
    <message>
        <source>--pay-points takes a whole number of points above zero, or max.</source>
        <translation>--pay-points 接受大于零的整数积分或 max。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) paid %1.</source>
        <translation>
            <numerusform>%Ln 积分支付了 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>record a sale: lines and/or an amount; without --card, a walk-in</source>
        <translation>记录销售：明细行和/或金额；不带 --card 则为散客</translation>
    </message>
    <message>
        <source>one line called &quot;Purchase&quot;</source>
        <translation>一行“购买”</translation>
    </message>
    <message>
        <source>a line: DESCRIPTION:PRICE[xQUANTITY]</source>
        <translation>一行：DESCRIPTION:PRICE[xQUANTITY]</translation>
    </message>
    <message>
        <source>the member pays part of the check with points (F6)</source>
        <translation>会员用积分支付部分账单（F6）</translation>
    </message>
    <message>
        <source>print a past receipt of this till</source>
        <translation>打印本收银台的历史小票</translation>
    </message>
    <message>
        <source>the receipt&apos;s number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>give a sale back, whole or in part (a manager&apos;s)</source>
        <translation>全部或部分退款（需经理）</translation>
    </message>
    <message>
        <source>the lines given back (default: everything not yet given back)</source>
        <translation>退回的明细行（默认：所有尚未退回的）</translation>
    </message>
    <message>
        <source>create the database and this terminal</source>
        <translation>创建数据库和本终端</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>this till&apos;s name</source>
        <translation>本收银台名称</translation>
    </message>
    <message>
        <source>the ISO currency code (default: the locale&apos;s, else EUR)</source>
        <translation>ISO 货币代码（默认：按区域设置，否则为 EUR）</translation>
    </message>
    <message>
        <source>create the demo shop (members, cards, sales)</source>
        <translation>创建演示店铺（会员、会员卡、销售）</translation>
    </message>
    <message>
        <source>integrity check and ledger balances</source>
        <translation>完整性检查和台账余额</translation>
    </message>
    <message>
        <source>settle points whose expiry day is over (the app does it at start and daily; running it twice is harmless)</source>
        <translation>结算已过期的积分（应用在启动时和每天自动执行；重复执行无副作用）</translation>
    </message>
    <message>
        <source>read every lot, not only those since the last run</source>
        <translation>读取所有积分批次，而不仅是上次运行以来的</translation>
    </message>
    <message>
        <source>the staff accounts</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>a new account (the first an administrator&apos;s; then an administrator&apos;s action)</source>
        <translation>新账户（第一个须为管理员；之后由管理员操作）</translation>
    </message>
    <message>
        <source>the name to sign in with</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>what the account may do (docs/roles.md)</source>
        <translation>账户的权限（docs/roles.md）</translation>
    </message>
    <message>
        <source>the PIN: 4 to 8 digits</source>
        <translation>PIN 码：4 到 8 位数字</translation>
    </message>
    <message>
        <source>the account can no longer sign in</source>
        <translation>该账户不能再登录</translation>
    </message>
    <message>
        <source>the account&apos;s name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>the audit trail, newest first (a manager&apos;s)</source>
        <translation>审计记录，最新的在前（需经理）</translation>
    </message>
    <message>
        <source>only this action, e.g. staff.create</source>
        <translation>仅此操作，例如 staff.create</translation>
    </message>
    <message>
        <source>only what this person did</source>
        <translation>仅此人的操作</translation>
    </message>
    <message>
        <source>at most this many entries (default 100)</source>
        <translation>最多显示条数（默认 100）</translation>
    </message>
    <message>
        <source>the head office&apos;s PostgreSQL: &quot;host=… dbname=… user=… password=…&quot; (or LOYALTY_SYNC_PG)</source>
        <translation>总部的 PostgreSQL：&quot;host=… dbname=… user=… password=…&quot;（或 LOYALTY_SYNC_PG）</translation>
    </message>
    <message>
        <source>tries again this often when the server is out of reach (default 3)</source>
        <translation>服务器无法访问时的重试次数（默认 3）</translation>
    </message>
    <message>
        <source>this terminal&apos;s changes since the last batch as a batch folder (a manager&apos;s)</source>
        <translation>将本终端自上一批次以来的更改导出为批次文件夹（需经理）</translation>
    </message>
    <message>
        <source>the folder to write</source>
        <translation>要写入的文件夹</translation>
    </message>
    <message>
        <source>everything, to set up a new terminal</source>
        <translation>全部数据，用于设置新终端</translation>
    </message>
    <message>
        <source>apply a batch another terminal exported (manager)</source>
        <translation>应用其他终端导出的批次（经理）</translation>
    </message>
    <message>
        <source>send this terminal&apos;s changes to the head office (a manager&apos;s)</source>
        <translation>将本终端的更改发送到总部（需经理）</translation>
    </message>
    <message>
        <source>bring the other terminals&apos; changes from the head office (a manager&apos;s)</source>
        <translation>从总部获取其他终端的更改（需经理）</translation>
    </message>
    <message>
        <source>push, then pull (a manager&apos;s)</source>
        <translation>先 push 后 pull（需经理）</translation>
    </message>
    <message>
        <source>when this terminal last synced, what waits</source>
        <translation>本终端上次同步的时间、待发送内容</translation>
    </message>
    <message>
        <source>bring members from a CSV file (docs/import.md)</source>
        <translation>从 CSV 文件导入会员（docs/import.md）</translation>
    </message>
    <message>
        <source>show what would be done, write nothing</source>
        <translation>显示将执行的操作，不写入任何内容</translation>
    </message>
    <message>
        <source>import the rows without errors, skip the others</source>
        <translation>导入无错误的行，跳过其他行</translation>
    </message>
    <message>
        <source>which column holds a field, when the header does not say</source>
        <translation>当表头未说明时，指定字段所在的列</translation>
    </message>
    <message>
        <source>write the members to a CSV file</source>
        <translation>将会员导出到 CSV 文件</translation>
    </message>
    <message>
        <source>the column separator (default &apos;;&apos;)</source>
        <translation>列分隔符（默认 &apos;;&apos;）</translation>
    </message>
    <message>
        <source>the list of commands, or one command&apos;s options (as --help)</source>
        <translation>命令列表，或某个命令的选项（同 --help）</translation>
    </message>
    <message>
        <source>Usage: loyalty-cli [--db FILE] [--json] COMMAND [ARGS]</source>
        <translation>用法：loyalty-cli [--db FILE] [--json] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>  MEMBER is a card number, a phone number or #ID; dates are YYYY-MM-DD.</source>
        <translation>  MEMBER 为会员卡号、电话号码或 #ID；日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>  --db FILE   the database (default: %1)
  --staff NAME --pin PIN   (before the command) who acts, when the database has staff
              accounts, or the environment&apos;s LOYALTY_STAFF and LOYALTY_PIN; docs/roles.md
  --json      machine-readable output
  --version   the version
</source>
        <translation>  --db FILE   数据库（默认：%1）
  --staff NAME --pin PIN   （置于命令之前）数据库有员工账户时的操作人，
              或使用环境变量 LOYALTY_STAFF 和 LOYALTY_PIN；docs/roles.md
  --json      机器可读的输出
  --version   版本
</translation>
    </message>
    <message>
        <source>&quot;loyalty-cli COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation>“loyalty-cli COMMAND --help”显示命令的选项。</translation>
    </message>
    <message>
        <source>Usage: loyalty-cli %1</source>
        <translation>用法：loyalty-cli %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>输入 %1 以确认</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>输入 %1 以确认：</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>A quoted field that starts on line %1 is never closed: a quote (&quot;) is missing.</source>
        <translation>从第 %1 行开始的带引号字段未闭合：缺少引号 (&quot;)。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This is a spreadsheet file (.xlsx or .ods), not CSV: save it as &quot;CSV&quot; in the spreadsheet program and choose that file.</source>
        <translation>这是电子表格文件（.xlsx 或 .ods），不是 CSV：请在电子表格程序中另存为“CSV”，然后选择该文件。</translation>
    </message>
    <message>
        <source>This is not a text file: save the member list as CSV.</source>
        <translation>这不是文本文件：请将会员列表保存为 CSV。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3: a value may contain an unquoted %4.</source>
        <translation>第 %1 行有 %2 个字段，但表头有 %3 个：某个值可能包含未加引号的 %4。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3.</source>
        <translation>第 %1 行有 %2 个字段，但表头有 %3 个。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file is %1; files over %2 are refused. Split the list into smaller files and import them one after another.</source>
        <translation>文件大小为 %1；超过 %2 的文件将被拒绝。请将列表拆分为较小的文件并依次导入。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file is larger than %1 and is refused.</source>
        <translation>文件大于 %1，已被拒绝。</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-8 with unreadable bytes</source>
        <translation>UTF-8（含无法读取的字节）</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: this user has no permission to open it.</source>
        <translation>无法读取数据库文件 %1：当前用户没有打开权限。</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;loyalty-cli init&quot;.</source>
        <translation>%1 处没有数据库。请用 &quot;loyalty-cli init&quot; 创建。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: %2</source>
        <translation>无法创建数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>缺少 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>无法打开数据库文件 %1。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>无法读取数据库文件 %1。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a loyalty terminal&apos;s. It was left untouched.</source>
        <translation>%1 是 SQLite 数据库，但不是会员终端的数据库。未做任何改动。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of the loyalty terminal (schema %2; this version knows up to %3). Install the newer version; the file was left untouched.</source>
        <translation>数据库 %1 由更新版本的会员终端写入（架构 %2；本版本最高支持 %3）。请安装新版本；文件未做任何改动。</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade: open it in the terminal first.</source>
        <translation>数据库 %1 需要升级：请先在终端中打开它。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Sales cannot be recorded until this user may write to the file and its folder.</source>
        <translation>数据库文件 %1 为只读。在当前用户可写入该文件及其文件夹之前，无法记录销售。</translation>
    </message>
    <message>
        <source>The database cannot be switched to write-ahead logging.</source>
        <translation>无法将数据库切换为预写日志模式。</translation>
    </message>
    <message>
        <source>The database settings cannot be applied.</source>
        <translation>无法应用数据库设置。</translation>
    </message>
    <message>
        <source>The write-ahead log cannot be copied into the database.</source>
        <translation>无法将预写日志写入数据库。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>The database could not be changed.</source>
        <translation>无法修改数据库。</translation>
    </message>
    <message>
        <source>The schema version cannot be read.</source>
        <translation>无法读取架构版本。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本缺少迁移 %1。</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1.</source>
        <translation>无法将数据库升级到版本 %1。</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>无法运行完整性检查。</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>数据库文件为只读。</translation>
    </message>
    <message>
        <source>The file is damaged or is not a database.</source>
        <translation>文件已损坏或不是数据库。</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again.</source>
        <translation>数据库正被其他程序占用；请重试。</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>无法打开文件。</translation>
    </message>
    <message>
        <source>The disk reported an error.</source>
        <translation>磁盘报告了错误。</translation>
    </message>
    <message>
        <source>The member search index cannot be built.</source>
        <translation>无法建立会员搜索索引。</translation>
    </message>
    <message>
        <source>The database cannot start a change.</source>
        <translation>数据库无法开始修改。</translation>
    </message>
    <message>
        <source>No change is in progress.</source>
        <translation>没有正在进行的修改。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>无法保存修改。</translation>
    </message>
    <message>
        <source>The member cannot be saved.</source>
        <translation>无法保存会员。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>会员已不存在。</translation>
    </message>
    <message>
        <source>The member cannot be read.</source>
        <translation>无法读取会员。</translation>
    </message>
    <message>
        <source>The card cannot be blocked.</source>
        <translation>无法挂失会员卡。</translation>
    </message>
    <message>
        <source>The card is already blocked.</source>
        <translation>会员卡已挂失。</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be blocked.</source>
        <translation>无法挂失该会员的会员卡。</translation>
    </message>
    <message>
        <source>The member&apos;s points cannot be read.</source>
        <translation>无法读取会员的积分。</translation>
    </message>
    <message>
        <source>The points cannot be recorded.</source>
        <translation>无法记录积分。</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be moved.</source>
        <translation>无法转移会员的会员卡。</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be moved.</source>
        <translation>无法转移会员的消费记录。</translation>
    </message>
    <message>
        <source>The member&apos;s balance cannot be updated.</source>
        <translation>无法更新会员的余额。</translation>
    </message>
    <message>
        <source>The member cannot be erased.</source>
        <translation>无法清除会员。</translation>
    </message>
    <message>
        <source>The member&apos;s level cannot be saved.</source>
        <translation>无法保存会员的等级。</translation>
    </message>
    <message>
        <source>The terminal&apos;s identity cannot be read.</source>
        <translation>无法读取终端标识。</translation>
    </message>
    <message>
        <source>The terminal cannot be registered.</source>
        <translation>无法注册终端。</translation>
    </message>
    <message>
        <source>The shop settings cannot be read.</source>
        <translation>无法读取店铺设置。</translation>
    </message>
    <message>
        <source>The shop settings cannot be saved.</source>
        <translation>无法保存店铺设置。</translation>
    </message>
    <message>
        <source>The card cannot be looked up.</source>
        <translation>无法查询会员卡。</translation>
    </message>
    <message>
        <source>Members cannot be searched.</source>
        <translation>无法搜索会员。</translation>
    </message>
    <message>
        <source>The member&apos;s cards cannot be read.</source>
        <translation>无法读取会员的会员卡。</translation>
    </message>
    <message>
        <source>The card cannot be saved.</source>
        <translation>无法保存会员卡。</translation>
    </message>
    <message>
        <source>The member of this sale no longer exists.</source>
        <translation>此笔销售的会员已不存在。</translation>
    </message>
    <message>
        <source>The next receipt number cannot be read.</source>
        <translation>无法读取下一个小票号。</translation>
    </message>
    <message>
        <source>The sale cannot be saved.</source>
        <translation>无法保存销售。</translation>
    </message>
    <message>
        <source>A line of the sale cannot be saved.</source>
        <translation>无法保存销售中的一行。</translation>
    </message>
    <message>
        <source>The discounts of the sale cannot be saved.</source>
        <translation>无法保存销售的折扣。</translation>
    </message>
    <message>
        <source>The sale cannot be read.</source>
        <translation>无法读取销售。</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be read.</source>
        <translation>无法读取会员的消费记录。</translation>
    </message>
    <message>
        <source>Sales cannot be counted.</source>
        <translation>无法统计销售。</translation>
    </message>
    <message>
        <source>The points balance cannot be read.</source>
        <translation>无法读取积分余额。</translation>
    </message>
    <message>
        <source>The points of the sale cannot be read.</source>
        <translation>无法读取销售的积分。</translation>
    </message>
    <message>
        <source>The points balances cannot be checked.</source>
        <translation>无法检查积分余额。</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <source>The staff member cannot be saved.</source>
        <translation>无法保存员工。</translation>
    </message>
    <message>
        <source>Staff cannot be read.</source>
        <translation>无法读取员工。</translation>
    </message>
    <message>
        <source>The sign-in cannot be recorded.</source>
        <translation>无法记录登录。</translation>
    </message>
    <message>
        <source>The PIN cannot be saved.</source>
        <translation>无法保存 PIN。</translation>
    </message>
    <message>
        <source>The audit trail cannot be written.</source>
        <translation>无法写入审计记录。</translation>
    </message>
    <message>
        <source>The audit trail cannot be read.</source>
        <translation>无法读取审计记录。</translation>
    </message>
    <message>
        <source>The members&apos; running totals cannot be read.</source>
        <translation>无法读取会员累计总数。</translation>
    </message>
    <message>
        <source>The members&apos; running totals cannot be updated.</source>
        <translation>无法更新会员累计总数。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo Café</source>
        <translation>演示咖啡馆</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>收银台 1</translation>
    </message>
    <message>
        <source>This database already has members; the demo was not added.</source>
        <translation>此数据库已有会员；未添加演示数据。</translation>
    </message>
    <message>
        <source>Latte</source>
        <translation>拿铁</translation>
    </message>
    <message>
        <source>Cappuccino</source>
        <translation>卡布奇诺</translation>
    </message>
    <message>
        <source>Espresso</source>
        <translation>浓缩咖啡</translation>
    </message>
    <message>
        <source>Croissant</source>
        <translation>牛角包</translation>
    </message>
    <message>
        <source>Cheesecake</source>
        <translation>芝士蛋糕</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>茶</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>铜卡</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>咖啡集章卡</translation>
    </message>
    <message>
        <source>5% off over 30.00</source>
        <translation>满 30.00 享 5% 折扣</translation>
    </message>
    <message>
        <source>The demo could not be created.</source>
        <translation>无法创建演示数据。</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>已丢失</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>day.month or day.month.year</source>
        <translation>日.月 或 日.月.年</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Scan the new card, or F4 for a number</source>
        <translation>扫描新会员卡，或按 F4 生成卡号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Preferences: oat milk, no sugar…</source>
        <translation>偏好：燕麦奶、无糖…</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>card or phone of the member who brought them</source>
        <translation>推荐人的会员卡或电话</translation>
    </message>
    <message>
        <source>New number (F4)</source>
        <translation>新卡号 (F4)</translation>
    </message>
    <message>
        <source>Agrees to offers by SMS</source>
        <translation>同意接收短信优惠</translation>
    </message>
    <message>
        <source>Agrees to offers by e-mail</source>
        <translation>同意接收邮件优惠</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Card *</source>
        <translation>会员卡(&amp;C) *</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;ferred by</source>
        <translation>推荐人(&amp;F)</translation>
    </message>
    <message>
        <source>Enroll (Enter)</source>
        <translation>注册 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Card %1 scanned.</source>
        <translation>已扫描会员卡 %1。</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑会员</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (type to replace)</source>
        <translation>%1（输入以更换）</translation>
    </message>
    <message>
        <source>Scan or type a card to replace the member&apos;s card</source>
        <translation>扫描或输入会员卡号以更换会员的卡</translation>
    </message>
    <message>
        <source>Write or print %1 on the new card.</source>
        <translation>请在新会员卡上写上或打印 %1。</translation>
    </message>
    <message>
        <source>Scan the new card, type its number, or press F4 for a new number.</source>
        <translation>扫描新会员卡、输入卡号，或按 F4 生成新卡号。</translation>
    </message>
    <message>
        <source>%1 If they share it (a family), press Enter again to save.</source>
        <translation>%1 如果是共用的（家庭成员），请再按一次 Enter 保存。</translation>
    </message>
    <message>
        <source>%1 If this is a different person (a family member), press Enter again to enroll.</source>
        <translation>%1 如果是另一个人（家庭成员），请再按一次 Enter 注册。</translation>
    </message>
</context>
<context>
    <name>ExpiryService</name>
    <message>
        <source>The expiring points cannot be read.</source>
        <translation>无法读取即将过期的积分。</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>积分已过期</translation>
    </message>
    <message>
        <source>The points cannot be recorded.</source>
        <translation>无法记录积分。</translation>
    </message>
    <message>
        <source>Settling expired points: %1 of %2 lots</source>
        <translation>正在结算过期积分：%2 笔中的 %1 笔</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The delimiter must be a semicolon, a comma or a tab.</source>
        <translation>分隔符必须是分号、逗号或制表符。</translation>
    </message>
    <message>
        <source>The members cannot be read.</source>
        <translation>无法读取会员。</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <source>feedback scale</source>
        <translation>反馈评分</translation>
    </message>
    <message>
        <source>How likely is the customer to recommend us? Press 0–9, or 1 then 0 for 10.</source>
        <translation>顾客向他人推荐我们的可能性有多大？请按 0–9，或先按 1 再按 0 表示 10。</translation>
    </message>
    <message>
        <source>How was it today? Press 1 (bad) to 5 (excellent).</source>
        <translation>今天的体验如何？请按 1（差）到 5（极好）。</translation>
    </message>
    <message>
        <source>Feedback at the till is switched off in this shop.</source>
        <translation>本店已关闭收银台反馈。</translation>
    </message>
    <message>
        <source>The answer is %1 to %2.</source>
        <translation>答案应为 %1 到 %2。</translation>
    </message>
    <message>
        <source>A comment has at most %1 characters.</source>
        <translation>评论最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Feedback belongs to a sale, and this is none.</source>
        <translation>反馈必须关联一笔销售，但当前没有销售。</translation>
    </message>
    <message>
        <source>Feedback is kept for members: this sale was a walk-in.</source>
        <translation>反馈仅记录会员的：此笔销售为散客。</translation>
    </message>
    <message>
        <source>The feedback cannot be read.</source>
        <translation>无法读取反馈。</translation>
    </message>
    <message>
        <source>This sale already has the customer&apos;s answer.</source>
        <translation>此笔销售已有顾客的回答。</translation>
    </message>
    <message>
        <source>The feedback cannot be saved.</source>
        <translation>无法保存反馈。</translation>
    </message>
    <message>
        <source>The comment cannot be saved.</source>
        <translation>无法保存评论。</translation>
    </message>
    <message>
        <source>That feedback does not exist.</source>
        <translation>该反馈不存在。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up this terminal</source>
        <translation>设置此终端</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no staff accounts yet: make the administrator&apos;s.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 尚无员工账户：请创建管理员账户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; Name the shop and this till, and make the administrator&apos;s account. All of it can be changed later.</source>
        <translation>&lt;b&gt;欢迎使用。&lt;/b&gt;请填写店铺和本收银台的名称，并创建管理员账户。所有内容以后都可以修改。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>收银台 1</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>店铺名称(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>货币(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;This till</source>
        <translation>本收银台(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>管理员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits)</source>
        <translation>PIN（4–8 位数字）(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再次输入 PIN(&amp;G)</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>开始 (Enter)</translation>
    </message>
    <message>
        <source>Quit (Esc)</source>
        <translation>退出 (Esc)</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name, as the receipt should show it.</source>
        <translation>输入店铺名称，即小票上显示的名称。</translation>
    </message>
    <message>
        <source>Name this till, e.g. &quot;Till 1&quot;.</source>
        <translation>为本收银台命名，例如“收银台 1”。</translation>
    </message>
    <message>
        <source>%1 is not a currency code this terminal knows (e.g. RUB, EUR, USD).</source>
        <translation>%1 不是本终端可识别的货币代码（例如 RUB、EUR、USD）。</translation>
    </message>
    <message>
        <source>The two PINs differ: type the PIN again.</source>
        <translation>两次输入的 PIN 不一致：请重新输入 PIN。</translation>
    </message>
</context>
<context>
    <name>HeadOffice</name>
    <message>
        <source>%1 rows sent to the head office.</source>
        <translation>已向总部发送 %1 行。</translation>
    </message>
    <message>
        <source>The head office (%1) refused the user name or password. Check the sync settings; the changes wait on this terminal.</source>
        <translation>总部（%1）拒绝了用户名或密码。请检查同步设置；更改将保留在本终端上等待发送。</translation>
    </message>
    <message>
        <source>The head office server has no database by that name (%1). Check the sync settings.</source>
        <translation>总部服务器上没有该名称的数据库（%1）。请检查同步设置。</translation>
    </message>
    <message>
        <source>The head office (%1) cannot be reached. The changes wait on this terminal and go with the next sync.</source>
        <translation>无法连接总部（%1）。更改将保留在本终端上，并在下次同步时发送。</translation>
    </message>
    <message>
        <source>This terminal cannot talk to a PostgreSQL head office: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>本终端无法与 PostgreSQL 总部通信：未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The head office connection names no database: add dbname=… to it.</source>
        <translation>总部连接未指定数据库：请添加 dbname=…。</translation>
    </message>
    <message>
        <source>The head office database cannot be set up.</source>
        <translation>无法设置总部数据库。</translation>
    </message>
    <message>
        <source>The head office was set up by a newer version of the terminal (schema %1; this one knows %2). Update this terminal.</source>
        <translation>总部由更新版本的终端设置（架构 %1；本版本支持 %2）。请更新本终端。</translation>
    </message>
    <message>
        <source>The head office cannot register this terminal.</source>
        <translation>总部无法注册本终端。</translation>
    </message>
    <message>
        <source>The head office keeps its accounts in %1 and this terminal in %2: a terminal syncs only with a head office of its own currency.</source>
        <translation>总部以 %1 记账，本终端以 %2 记账：终端只能与使用相同货币的总部同步。</translation>
    </message>
    <message>
        <source>The changes cannot be sent to the head office.</source>
        <translation>无法将更改发送到总部。</translation>
    </message>
    <message>
        <source>The changes of the other terminals cannot be read from the head office.</source>
        <translation>无法从总部读取其他终端的更改。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members from a CSV file</source>
        <translation>从 CSV 文件导入会员</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file… (Ctrl+O)</source>
        <translation>选择文件(&amp;C)… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (leave out the rows with errors)</source>
        <translation>仅导入有效行（跳过有错误的行）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>会员列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · delimiter: %2 · %n row(s) after the header</source>
        <translation>
            <numerusform>编码：%1 · 分隔符：%2 · 表头后共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Dry run, nothing written yet: %1 rows: %2 new, %3 updated, %4 already here, %5 with errors; %6 opening points.</source>
        <translation>试运行，尚未写入任何数据：共 %1 行：新增 %2，更新 %3，已存在 %4，有错误 %5；初始积分 %6。</translation>
    </message>
    <message>
        <source>Imported: %1 new members, %2 updated, %3 rows left out; %4 opening points.</source>
        <translation>已导入：新会员 %1，更新 %2，跳过 %3 行；初始积分 %4。</translation>
    </message>
    <message>
        <source>The members were imported.</source>
        <translation>会员已导入。</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The file has a header line but no members.</source>
        <translation>文件有表头行，但没有会员。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The row has neither a card number nor a phone number, so a later import of the same file could not recognise the member.</source>
        <translation>该行既没有会员卡号也没有电话号码，因此以后再次导入同一文件时将无法识别该会员。</translation>
    </message>
    <message>
        <source>Card %1 is also on line %2.</source>
        <translation>会员卡 %1 也出现在第 %2 行。</translation>
    </message>
    <message>
        <source>Phone %1 is also on line %2; give each of these members a card number to tell them apart.</source>
        <translation>电话 %1 也出现在第 %2 行；请为这些会员分别填写会员卡号以便区分。</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased; it cannot be reused.</source>
        <translation>会员卡 %1 原属于一位数据已被清除的会员；不能再次使用。</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2, not to %3.</source>
        <translation>会员卡 %1 已属于 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Members cannot be searched.</source>
        <translation>无法搜索会员。</translation>
    </message>
    <message>
        <source>Several members already have phone %1: add the card number to the row.</source>
        <translation>已有多位会员使用电话 %1：请在该行中填写会员卡号。</translation>
    </message>
    <message>
        <source>Phone %1 belongs to %2, not %3: add the card number to the row.</source>
        <translation>电话 %1 属于 %2，而不是 %3：请在该行中填写会员卡号。</translation>
    </message>
    <message>
        <source>New member %1.</source>
        <translation>新会员 %1。</translation>
    </message>
    <message>
        <source>New member %1 with card %2.</source>
        <translation>新会员 %1，会员卡 %2。</translation>
    </message>
    <message>
        <source>Opening balance %1 points.</source>
        <translation>初始余额：%1 积分。</translation>
    </message>
    <message>
        <source>The points ledger cannot be read.</source>
        <translation>无法读取积分台账。</translation>
    </message>
    <message>
        <source>card %1 is added</source>
        <translation>添加会员卡 %1</translation>
    </message>
    <message>
        <source>an opening balance of %1 points is recorded</source>
        <translation>记录初始余额 %1 积分</translation>
    </message>
    <message>
        <source>Already present: %1 has card %2.</source>
        <translation>已存在：%1 持有会员卡 %2。</translation>
    </message>
    <message>
        <source>Already present: %1 has phone %2.</source>
        <translation>已存在：%1 的电话为 %2。</translation>
    </message>
    <message>
        <source>Existing member %1: %2.</source>
        <translation>现有会员 %1：%2。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>，</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file have errors, so nothing was imported. Correct them, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>文件中有 %n 行存在错误，因此未导入任何数据。请更正，或选择仅导入有效行。</numerusform>
        </translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Opening balance from %1, line %2</source>
        <translation>初始余额，来自 %1 第 %2 行</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>文件中没有“%1”列。现有的列为：%2。</translation>
    </message>
    <message>
        <source>The column chosen for &quot;%1&quot; is not in the file.</source>
        <translation>为“%1”选择的列不在文件中。</translation>
    </message>
    <message>
        <source>Choose the column with the members&apos; names. The file&apos;s columns are: %1.</source>
        <translation>请选择包含会员姓名的列。文件中的列为：%1。</translation>
    </message>
    <message>
        <source>Choose the column with the card numbers or the one with the phone numbers: without them a second import could not recognise the members it already brought in.</source>
        <translation>请选择包含会员卡号的列或包含电话号码的列：否则再次导入时将无法识别已导入的会员。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is chosen for both &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>“%1”列同时被选作“%2”和“%3”。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>%1 rows point at rows that do not exist.</source>
        <translation>有 %1 行指向不存在的行。</translation>
    </message>
    <message>
        <source>Member %1 shows a balance of %2 points but the ledger adds up to %3.</source>
        <translation>会员 %1 显示积分余额为 %2，但台账合计为 %3。</translation>
    </message>
    <message>
        <source>The daily sales figures disagree with the sales on %1 days; the reports would be wrong there.</source>
        <translation>每日销售数据与 %1 天的销售记录不一致；这些天的报表将有误。</translation>
    </message>
    <message>
        <source>The daily points figures disagree with the points ledger by %1 points.</source>
        <translation>每日积分数据与积分台账相差 %1 分。</translation>
    </message>
    <message>
        <source>The points outstanding are kept as %1 but the members&apos; balances add up to %2; the points report would be wrong.</source>
        <translation>记录的未使用积分为 %1，但会员余额合计为 %2；积分报表将会出错。</translation>
    </message>
    <message>
        <source>The members&apos; spending is kept as %1 by %2 buyers but the members add up to %3 by %4; the lifetime value would be wrong.</source>
        <translation>记录的会员消费为 %1（%2 位购买者），但会员合计为 %3（%4 位）；终身价值将会出错。</translation>
    </message>
    <message>
        <source>%1 members are counted as current but there are %2; the segments would be wrong.</source>
        <translation>计为当前会员的有 %1 位，但实际为 %2 位；分群将会出错。</translation>
    </message>
    <message>
        <source>The record of who bought on which day disagrees with the sales (days affected: %1); the members report would be wrong for them.</source>
        <translation>按日记录的购买会员与销售记录不一致（受影响天数：%1）；这些天的会员报表将不正确。</translation>
    </message>
    <message>
        <source>%1 members are counted as last seen on %2 but there are %3; the segments would be wrong.</source>
        <translation>记录为最后一次光临于 %2 的会员有 %1 位，但实际为 %3 位；细分结果将出错。</translation>
    </message>
    <message>
        <source>%1 lots of points do not match their allocations; members&apos; points and their expiry would be wrong.</source>
        <translation>%1 批积分与其分配记录不符；会员积分及其过期将会出错。</translation>
    </message>
</context>
<context>
    <name>LevelService</name>
    <message>
        <source>The members&apos; levels cannot be read.</source>
        <translation>无法读取会员等级。</translation>
    </message>
    <message>
        <source>The members&apos; levels cannot be saved.</source>
        <translation>无法保存会员等级。</translation>
    </message>
    <message>
        <source>Reviewing club levels: %1 %</source>
        <translation>正在复核会员等级：%1 %</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Who is at the till?</source>
        <translation>谁在收银？</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>登录 (Enter)</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter</source>
        <translation>↑ ↓ 选择姓名 · 输入 PIN · Enter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>请先选择姓名。</translation>
    </message>
    <message>
        <source>Type your PIN, then press Enter.</source>
        <translation>请输入 PIN，然后按 Enter。</translation>
    </message>
</context>
<context>
    <name>LostCardDialog</name>
    <message>
        <source>Lost card</source>
        <translation>会员卡丢失</translation>
    </message>
    <message>
        <source>%1 · %2 pts stay with the member</source>
        <translation>%1 · %2 分保留在会员名下</translation>
    </message>
    <message>
        <source>New card number</source>
        <translation>新会员卡号</translation>
    </message>
    <message>
        <source>Scan the new card, or F4 for a number</source>
        <translation>扫描新会员卡，或按 F4 生成卡号</translation>
    </message>
    <message>
        <source>New number (F4)</source>
        <translation>新卡号 (F4)</translation>
    </message>
    <message>
        <source>&amp;Lost card</source>
        <translation>丢失的卡(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation>新卡(&amp;N)</translation>
    </message>
    <message>
        <source>Block and replace (Enter)</source>
        <translation>挂失并换卡 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Write or print %1 on the new card.</source>
        <translation>请在新会员卡上写上或打印 %1。</translation>
    </message>
    <message>
        <source>Scan the new card, type its number, or press F4 for a new number.</source>
        <translation>扫描新会员卡、输入卡号，或按 F4 生成新卡号。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loyalty Terminal — %1 · %2</source>
        <translation>会员终端 — %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>审计记录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import members from a CSV file…</source>
        <translation>从 CSV 文件导入会员(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export members to a CSV file…</source>
        <translation>将会员导出到 CSV 文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>报表(&amp;P)…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;Loyalty program…</source>
        <translation>会员计划(&amp;L)…</translation>
    </message>
    <message>
        <source>Change the loyalty program</source>
        <translation>修改会员计划</translation>
    </message>
    <message>
        <source>The loyalty program was saved.</source>
        <translation>会员计划已保存。</translation>
    </message>
    <message>
        <source>Re&amp;print a receipt…</source>
        <translation>重新打印小票(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;ync with the other terminals…</source>
        <translation>与其他终端同步(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Switch person / lock (F10)</source>
        <translation>切换人员 / 锁定 (F10)(&amp;S)</translation>
    </message>
    <message>
        <source>Sync with the other terminals</source>
        <translation>与其他终端同步</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 条待发送</translation>
    </message>
    <message>
        <source>Sync failed at %1 · %2</source>
        <translation>同步失败于 %1 · %2</translation>
    </message>
    <message>
        <source>Synced %1 · %2</source>
        <translation>已同步 %1 · %2</translation>
    </message>
    <message>
        <source>Not synced yet · %1</source>
        <translation>尚未同步 · %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>The receipt cannot be shown: %1</source>
        <translation>无法显示小票：%1</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>重新打印小票</translation>
    </message>
    <message>
        <source>Receipt &amp;number:</source>
        <translation>小票号(&amp;N)：</translation>
    </message>
    <message>
        <source>The database reports damage (%1). Ask a manager to restore a backup: Manage → Restore a backup.</source>
        <translation>数据库报告损坏（%1）。请让经理恢复备份：管理 → 恢复备份。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups (loyalty-*.sqlite);;All files (*)</source>
        <translation>备份 (loyalty-*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the terminal&apos;s data with %1? Sales recorded after it will not be in it; the current data is kept aside. The app restarts.</source>
        <translation>用 %1 替换本终端的数据？此后记录的销售将不包含在内；当前数据会保留在一旁。应用将重新启动。</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without a key pressed.</source>
        <translation>
            <numerusform>%n 分钟无按键操作后已锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signed out.</source>
        <translation>%1 已退出登录。</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter signs in</source>
        <translation>↑ ↓ 选择姓名 · 输入 PIN · Enter 登录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The sale the person before left unfinished was cleared.</source>
        <translation>上一位人员未完成的销售已清除。</translation>
    </message>
    <message>
        <source>Scan or type a card + Enter · type the amount + Enter · Enter or F12 completes · Del removes a line · Esc clears · F6 pay with points · F8 refund · F10 switch person · F1 all keys</source>
        <translation>扫描或输入会员卡 + Enter · 输入金额 + Enter · Enter 或 F12 完成 · Del 删除一行 · Esc 清空 · F6 积分支付 · F8 退款 · F10 切换人员 · F1 全部按键</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>%1 members imported, %2 updated.</source>
        <translation>已导入会员 %1 名，更新 %2 名。</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <source>members.csv</source>
        <translation>members.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 members written to %2.</source>
        <translation>已将会员（%1 名）写入 %2。</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>more than %1 waiting</source>
        <translation>超过 %1 条待发送</translation>
    </message>
</context>
<context>
    <name>MemberCardWidget</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Walk-in customer.
Scan the member&apos;s card, or type a name or phone, to collect points.</source>
        <translation>散客。
扫描会员卡，或输入姓名或电话，即可累积积分。</translation>
    </message>
    <message>
        <source>F4 edit · F7 lost card · Ctrl+P points · Ctrl+M merge · F9 erase</source>
        <translation>F4 编辑 · F7 卡丢失 · Ctrl+P 积分 · Ctrl+M 合并 · F9 清除</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1 pts expire on %2</source>
        <translation>%1 分将于 %2 过期</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <translation>生日 %1</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>入会日期 %1</translation>
    </message>
    <message>
        <source>Last visit %1 · %2 visits</source>
        <translation>最近到店 %1 · 到店次数：%2</translation>
    </message>
    <message>
        <source>No purchases yet</source>
        <translation>尚无消费</translation>
    </message>
    <message>
        <source>Spent %1 · average %2</source>
        <translation>消费 %1 · 平均 %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Usually: %1</source>
        <translation>常购：%1</translation>
    </message>
    <message>
        <source>%1  %2  +%3 pts</source>
        <translation>%1  %2  +%3 分</translation>
    </message>
    <message>
        <source>Recent:
%1</source>
        <translation>最近：
%1</translation>
    </message>
    <message>
        <source>spend %1 more for %2</source>
        <translation>再消费 %1 即可升级为 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 — the next one is free</source>
        <translation>%1 %2 — 下一份免费</translation>
    </message>
    <message>
        <source>%1 %2 %3/%4</source>
        <translation>%1 %2 %3/%4</translation>
    </message>
    <message>
        <source>Birthday offer: %1</source>
        <translation>生日优惠：%1</translation>
    </message>
</context>
<context>
    <name>MemberInsights</name>
    <message>
        <source>The member&apos;s points cannot be read.</source>
        <translation>无法读取会员的积分。</translation>
    </message>
    <message>
        <source>The member&apos;s purchases cannot be read.</source>
        <translation>无法读取会员的消费记录。</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <source>Members cannot be searched.</source>
        <translation>无法搜索会员。</translation>
    </message>
    <message>
        <source>Members cannot be read.</source>
        <translation>无法读取会员。</translation>
    </message>
    <message>
        <source>The search statistics cannot be counted.</source>
        <translation>无法统计搜索数据。</translation>
    </message>
</context>
<context>
    <name>MemberSearchModel</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>Scan a card or type a card or phone number.</source>
        <translation>请扫描会员卡，或输入会员卡号或电话号码。</translation>
    </message>
    <message>
        <source>That is too long to be a card or phone number.</source>
        <translation>太长了，不是会员卡号或电话号码。</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased.</source>
        <translation>会员卡 %1 原属于一位数据已被清除的会员。</translation>
    </message>
    <message>
        <source>Several members have phone %1: scan the card instead.</source>
        <translation>多位会员使用电话 %1：请改为扫描会员卡。</translation>
    </message>
    <message>
        <source>No member has card or phone number %1.</source>
        <translation>没有会员使用会员卡号或电话号码 %1。</translation>
    </message>
    <message>
        <source>No member has phone number %1.</source>
        <translation>没有会员使用电话号码 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card or phone number of any member.</source>
        <translation>“%1”不是任何会员的会员卡号或电话号码。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>会员已不存在。</translation>
    </message>
    <message>
        <source>No free card number was found; try again.</source>
        <translation>未找到可用的会员卡号；请重试。</translation>
    </message>
    <message>
        <source>Card %1 belonged to a member whose data was erased: use another card.</source>
        <translation>会员卡 %1 原属于一位数据已被清除的会员：请使用其他会员卡。</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>会员卡 %1 已属于 %2。</translation>
    </message>
    <message>
        <source>Referred by: %1</source>
        <translation>推荐人：%1</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>入会奖励</translation>
    </message>
    <message>
        <source>There is no member #%1.</source>
        <translation>不存在会员 #%1。</translation>
    </message>
    <message>
        <source>The data of member #%1 was erased.</source>
        <translation>会员 #%1 的数据已被清除。</translation>
    </message>
    <message>
        <source>%1 (#%2) was merged into member #%3: open that member instead.</source>
        <translation>%1 (#%2) 已合并到会员 #%3：请改为打开该会员。</translation>
    </message>
    <message>
        <source>That card is not one of %1&apos;s cards.</source>
        <translation>该卡不是 %1 的会员卡。</translation>
    </message>
    <message>
        <source>Card %1 is blocked already.</source>
        <translation>会员卡 %1 已挂失。</translation>
    </message>
    <message>
        <source>%1 has %2 cards: say which one to replace.</source>
        <translation>%1 有 %2 张会员卡：请指明要更换哪一张。</translation>
    </message>
    <message>
        <source>The new card must have another number than the old one.</source>
        <translation>新会员卡的卡号必须与旧卡不同。</translation>
    </message>
    <message>
        <source>replaced by card %1</source>
        <translation>已更换为会员卡 %1</translation>
    </message>
    <message>
        <source>lost; replaced by card %1</source>
        <translation>已丢失；已更换为会员卡 %1</translation>
    </message>
    <message>
        <source>A member cannot be merged with themselves: choose the other record.</source>
        <translation>会员不能与自身合并：请选择另一条记录。</translation>
    </message>
    <message>
        <source>Merged into member #%1</source>
        <translation>已合并到会员 #%1</translation>
    </message>
    <message>
        <source>Merged from member #%1</source>
        <translation>由会员 #%1 合并而来</translation>
    </message>
    <message>
        <source>Erased member #%1</source>
        <translation>已清除会员 #%1</translation>
    </message>
    <message>
        <source>member data erased</source>
        <translation>会员数据已清除</translation>
    </message>
    <message>
        <source>Type the points to add (e.g. 50) or take away (e.g. -50).</source>
        <translation>输入要增加的积分（如 50）或要扣除的积分（如 -50）。</translation>
    </message>
    <message>
        <source>At most %1 points can be added or taken away at once.</source>
        <translation>一次最多可增加或扣除 %1 积分。</translation>
    </message>
    <message>
        <source>Say why: the reason goes into the member&apos;s history and the audit trail.</source>
        <translation>请说明原因：原因将记入会员历史和审计记录。</translation>
    </message>
    <message>
        <source>A reason has at most 200 characters.</source>
        <translation>原因最多 200 个字符。</translation>
    </message>
    <message>
        <source>%1 has %2 points: at most that many can be taken away.</source>
        <translation>%1 有积分 %2：最多只能扣除这么多。</translation>
    </message>
    <message>
        <source>Card %1 is blocked since %2. Ask for the member&apos;s phone number or another card.</source>
        <translation>会员卡 %1 自 %2 起已挂失。请询问会员的电话号码或使用其他会员卡。</translation>
    </message>
    <message>
        <source>Card %1 is blocked since %2 (%3). Ask for the member&apos;s phone number or another card.</source>
        <translation>会员卡 %1 自 %2 起已挂失（%3）。请询问会员的电话号码或使用其他会员卡。</translation>
    </message>
    <message>
        <source>%1 already has this phone number.</source>
        <translation>%1 已使用此电话号码。</translation>
    </message>
    <message>
        <source>%1 already has this e-mail address.</source>
        <translation>%1 已使用此邮箱地址。</translation>
    </message>
</context>
<context>
    <name>MemberValidation</name>
    <message>
        <source>It contains a broken character (half of a character pair).</source>
        <translation>包含损坏的字符（字符对的一半）。</translation>
    </message>
    <message>
        <source>It contains characters that could not be read (�): is the file in another encoding?</source>
        <translation>包含无法读取的字符 (�)：文件是否使用了其他编码？</translation>
    </message>
    <message>
        <source>It contains control characters, which cannot be typed or printed.</source>
        <translation>包含控制字符，无法输入或打印。</translation>
    </message>
    <message>
        <source>The name is not valid: %1</source>
        <translation>姓名无效：%1</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请输入会员姓名。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>姓名最多 %1 个字符；当前为 %2 个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces and + - ( ) only.</source>
        <translation>“%1”不是电话号码：只能使用数字、空格和 + - ( )。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: a phone number has %2 to %3 digits.</source>
        <translation>“%1”不是电话号码：电话号码应为 %2 到 %3 位数字。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid: %1</source>
        <translation>邮箱地址无效：%1</translation>
    </message>
    <message>
        <source>An e-mail address has at most %1 characters.</source>
        <translation>邮箱地址最多 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it contains a space.</source>
        <translation>“%1”不是邮箱地址：包含空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it contains &quot;%2&quot;.</source>
        <translation>“%1”不是邮箱地址：包含“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it needs exactly one @.</source>
        <translation>“%1”不是邮箱地址：必须有且仅有一个 @。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: check the part before the @.</source>
        <translation>“%1”不是邮箱地址：请检查 @ 前面的部分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: check the part after the @ (like shop.com).</source>
        <translation>“%1”不是邮箱地址：请检查 @ 后面的部分（如 shop.com）。</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, write the year with four digits (1990), or leave it out.</source>
        <translation>在“%1”中，年份请写四位数字（1990），或省略年份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: write it as 31.12 or 31.12.1990.</source>
        <translation>“%1”不是有效的生日：请写成 31.12 或 31.12.1990。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: there is no month %2.</source>
        <translation>“%1”不是有效的生日：没有 %2 月。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: the year is before 1900.</source>
        <translation>“%1”不是有效的生日：年份早于 1900。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: %2 is not a leap year.</source>
        <translation>“%1”不是有效的生日：%2 年不是闰年。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: that month has no day %2.</source>
        <translation>“%1”不是有效的生日：该月没有 %2 日。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birthday: the date is in the future.</source>
        <translation>“%1”不是有效的生日：日期在未来。</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>请输入会员卡号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a card number a spreadsheet turned into a rounded number; format the column as text and export again.</source>
        <translation>“%1”是被电子表格转换成四舍五入数字的会员卡号；请将该列设置为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card number: a card number has digits only.</source>
        <translation>“%1”不是会员卡号：会员卡号只能包含数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card number: a card number has %2 to %3 digits.</source>
        <translation>“%1”不是会员卡号：会员卡号应为 %2 到 %3 位数字。</translation>
    </message>
    <message>
        <source>Card number %1 has a wrong check digit (the last one): it was probably misread or mistyped.</source>
        <translation>会员卡号 %1 的校验位（最后一位）错误：可能读取或输入有误。</translation>
    </message>
    <message>
        <source>The notes are not valid: %1</source>
        <translation>备注无效：%1</translation>
    </message>
    <message>
        <source>Notes have at most %1 characters; these have %2.</source>
        <translation>备注最多 %1 个字符；当前为 %2 个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points: an opening balance cannot be negative.</source>
        <translation>积分“%1”：初始余额不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points: write a whole number, like 1240.</source>
        <translation>“%1”不是积分数：请填写整数，例如 1240。</translation>
    </message>
    <message>
        <source>%1 points is more than a member can hold.</source>
        <translation>积分 %1 超出了会员可持有的上限。</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use %2 for decimals, as in %3.</source>
        <translation>“%1”不是有效金额：小数请使用 %2，例如 %3。</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals.</source>
        <translation>%1 金额没有小数。</translation>
    </message>
    <message numerus="yes">
        <source>An amount has at most %n decimal(s).</source>
        <translation>
            <numerusform>金额最多 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be added.</source>
        <translation>%1 和 %2 的金额不能相加。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>The level period must be 1 to 120 months.</source>
        <translation>等级周期必须为 1 到 120 个月。</translation>
    </message>
    <message>
        <source>Level %1 needs a code and a name.</source>
        <translation>等级 %1 需要代码和名称。</translation>
    </message>
    <message>
        <source>%1: the threshold cannot be negative.</source>
        <translation>%1：门槛不能为负数。</translation>
    </message>
    <message>
        <source>%1 must need more spend than %2.</source>
        <translation>%1 的消费要求必须高于 %2。</translation>
    </message>
    <message>
        <source>%1: the points multiplier must be 0% to 1000%.</source>
        <translation>%1：积分倍率必须为 0% 到 1000%。</translation>
    </message>
    <message>
        <source>%1: the discount must be 0% to 100%.</source>
        <translation>%1：折扣必须为 0% 到 100%。</translation>
    </message>
    <message>
        <source>The birthday window is 0 to 60 days on each side.</source>
        <translation>生日有效期为前后各 0 到 60 天。</translation>
    </message>
    <message>
        <source>The birthday bonus needs a number of points above zero.</source>
        <translation>生日奖励的积分数必须大于零。</translation>
    </message>
    <message>
        <source>The birthday discount must be above 0% and at most 100%.</source>
        <translation>生日折扣必须大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <source>Choose the product given on birthdays.</source>
        <translation>请选择生日赠送的商品。</translation>
    </message>
    <message>
        <source>A stamp card needs a name.</source>
        <translation>集章卡需要名称。</translation>
    </message>
    <message>
        <source>%1: choose either one product or one category.</source>
        <translation>%1：请选择一个商品或一个类别。</translation>
    </message>
    <message>
        <source>%1: the number to buy must be 1 to 100.</source>
        <translation>%1：需购买的数量必须为 1 到 100。</translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1 的结束早于开始。</translation>
    </message>
    <message>
        <source>%1: the hours must have a start before their end.</source>
        <translation>%1：时段的开始必须早于结束。</translation>
    </message>
    <message>
        <source>%1: the discount must be above 0% and at most 100%, the threshold not negative.</source>
        <translation>%1：折扣必须大于 0% 且不超过 100%，门槛不能为负数。</translation>
    </message>
    <message>
        <source>%1: the points multiplier must be above 100% and at most 1000%.</source>
        <translation>%1：积分倍率必须大于 100% 且不超过 1000%。</translation>
    </message>
    <message>
        <source>%1 and %2 can apply at the same time: give one a higher priority.</source>
        <translation>%1 和 %2 可能同时生效：请为其中一个设置更高的优先级。</translation>
    </message>
    <message>
        <source>A point must be worth at least one minor unit (0.01).</source>
        <translation>每积分至少应值一个最小货币单位 (0.01)。</translation>
    </message>
    <message>
        <source>The share of a check payable with points must be above 0% and at most 100%.</source>
        <translation>可用积分支付的账单比例必须大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <source>The minimum balance cannot be negative.</source>
        <translation>最低余额不能为负数。</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>本店已关闭积分支付。</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>请输入大于零的积分数。</translation>
    </message>
    <message>
        <source>Points can be used from a balance of %1; the member has %2.</source>
        <translation>积分余额达到 %1 才可使用；该会员有 %2。</translation>
    </message>
    <message numerus="yes">
        <source>The member has %Ln point(s), fewer than %1.</source>
        <translation>
            <numerusform>该会员有 %Ln 积分，少于 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln point(s) can pay for this check.</source>
        <translation>
            <numerusform>此账单最多可用 %Ln 积分支付。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln point(s) are usable, fewer than %1.</source>
        <translation>
            <numerusform>仅有 %Ln 积分可用，少于 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayWithPointsDialog</name>
    <message>
        <source>Pay with points</source>
        <translation>积分支付</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pay with points&lt;/b&gt;</source>
        <translation>&lt;b&gt;积分支付&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 has %2 points. On this sale: up to %3 points (%4).</source>
        <translation>%1 有积分 %2。本笔销售：最多 %3 积分（%4）。</translation>
    </message>
    <message>
        <source>a number, or max</source>
        <translation>数字，或 max（最大）</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>积分(&amp;P)</translation>
    </message>
    <message>
        <source>Use points (Enter)</source>
        <translation>使用积分 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Type a whole number of points, or max.</source>
        <translation>请输入整数积分，或 max（最大）。</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Ask the member: pay %1 with %2 points?</source>
        <translation>请询问会员：用 %2 积分支付 %1？</translation>
    </message>
    <message>
        <source>Member agrees (Enter)</source>
        <translation>会员同意 (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln point(s) on this sale.</source>
        <translation>
            <numerusform>本笔销售最多可用 %Ln 积分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Record a sale</source>
        <translation>记录销售</translation>
    </message>
    <message>
        <source>Enrol a member</source>
        <translation>注册会员</translation>
    </message>
    <message>
        <source>Edit a member</source>
        <translation>编辑会员</translation>
    </message>
    <message>
        <source>Replace a lost card</source>
        <translation>更换丢失的会员卡</translation>
    </message>
    <message>
        <source>See full phone and e-mail</source>
        <translation>查看完整电话和邮箱</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>销售退款</translation>
    </message>
    <message>
        <source>Void a sale</source>
        <translation>作废销售</translation>
    </message>
    <message>
        <source>Adjust points by hand</source>
        <translation>手动调整积分</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>合并两个会员</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data</source>
        <translation>清除会员的个人数据</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>Change the loyalty program</source>
        <translation>修改会员计划</translation>
    </message>
    <message>
        <source>Read reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Exchange data with head office</source>
        <translation>与总部交换数据</translation>
    </message>
    <message>
        <source>Manage staff and PINs</source>
        <translation>管理员工和 PIN</translation>
    </message>
    <message>
        <source>Change shop settings</source>
        <translation>修改店铺设置</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN 为 %1 到 %2 位数字。</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN 只能包含数字。</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: avoid one digit repeated or a run like 1234.</source>
        <translation>此 PIN 太容易被猜到：请避免同一数字重复或 1234 这样的连号。</translation>
    </message>
</context>
<context>
    <name>PointsLedger</name>
    <message>
        <source>The member&apos;s stamps cannot be read.</source>
        <translation>无法读取会员的印章。</translation>
    </message>
    <message>
        <source>The stamps cannot be recorded.</source>
        <translation>无法记录印章。</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>The sale has no lines yet.</source>
        <translation>销售尚无商品行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: price and quantity must be above zero.</source>
        <translation>“%1”：价格和数量必须大于零。</translation>
    </message>
    <message>
        <source>The total is above this shop&apos;s limit for one sale.</source>
        <translation>总额超出本店单笔销售的上限。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n free</source>
        <translation>
            <numerusform>%1：免费 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday: %1 free</source>
        <translation>生日：免费%1</translation>
    </message>
    <message>
        <source>%1 −%2%</source>
        <translation>%1 −%2%</translation>
    </message>
    <message>
        <source>Birthday −%1%</source>
        <translation>生日 −%1%</translation>
    </message>
    <message>
        <source>Type a number of points above zero.</source>
        <translation>请输入大于零的积分数。</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %n point(s)</source>
        <translation>
            <numerusform>已用 %n 积分支付</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>生日奖励</translation>
    </message>
    <message>
        <source>Two %1 share the code &quot;%2&quot;.</source>
        <translation>两个%1使用了相同的代码“%2”。</translation>
    </message>
    <message>
        <source>%1: a stamp card needs a code.</source>
        <translation>%1：集章卡需要代码。</translation>
    </message>
    <message>
        <source>club levels</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>stamp cards</source>
        <translation>集章卡</translation>
    </message>
    <message>
        <source>promotions</source>
        <translation>促销活动</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>The products cannot be read.</source>
        <translation>无法读取商品。</translation>
    </message>
    <message>
        <source>A product needs a code of 1 to 32 characters.</source>
        <translation>商品代码须为 1 到 32 个字符。</translation>
    </message>
    <message>
        <source>A product needs a name of 1 to 80 characters.</source>
        <translation>商品名称须为 1 到 80 个字符。</translation>
    </message>
    <message>
        <source>The price must be more than zero.</source>
        <translation>价格必须大于零。</translation>
    </message>
    <message>
        <source>Quick keys are 1 to 9.</source>
        <translation>快捷键为 1 到 9。</translation>
    </message>
    <message>
        <source>The code %1 is taken by %2.</source>
        <translation>代码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>Alt+%1 is %2&apos;s quick key.</source>
        <translation>Alt+%1 是 %2 的快捷键。</translation>
    </message>
    <message>
        <source>The product cannot be saved.</source>
        <translation>无法保存商品。</translation>
    </message>
</context>
<context>
    <name>ProgramCodec</name>
    <message>
        <source>The loyalty program setting %1 has a value of the wrong kind.</source>
        <translation>会员计划设置 %1 的值类型错误。</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a percentage such as 5 or 2.5.</source>
        <translation>%1：“%2”不是百分比（如 5 或 2.5）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (2026-12-31).</source>
        <translation>%1：“%2”不是日期（2026-12-31）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time (15:00).</source>
        <translation>%1：“%2”不是时间（15:00）。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>会员计划</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loyalty program&lt;/b&gt; — a change takes effect at the moment below and never changes a sale already made</source>
        <translation>&lt;b&gt;会员计划&lt;/b&gt; — 更改在下方设定的时间生效，不会改变已完成的销售</translation>
    </message>
    <message>
        <source>Down (9.99 earns 9)</source>
        <translation>向下取整（9.99 得 9）</translation>
    </message>
    <message>
        <source>To the nearest (9.50 earns 10)</source>
        <translation>四舍五入（9.50 得 10）</translation>
    </message>
    <message>
        <source>Up (9.01 earns 10)</source>
        <translation>向上取整（9.01 得 10）</translation>
    </message>
    <message>
        <source>categories, separated by commas</source>
        <translation>类别，以逗号分隔</translation>
    </message>
    <message>
        <source>product codes, separated by commas</source>
        <translation>商品代码，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Points given</source>
        <translation>赠送积分(&amp;P)</translation>
    </message>
    <message>
        <source>… for every &amp;amount paid</source>
        <translation>… 每支付金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>取整方式(&amp;R)</translation>
    </message>
    <message>
        <source>Points &amp;expire after (months, 0 = never)</source>
        <translation>积分有效期（月，0 = 永不过期）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Categories that earn nothing</source>
        <translation>不累积积分的类别(&amp;C)</translation>
    </message>
    <message>
        <source>Pro&amp;ducts that earn nothing</source>
        <translation>不累积积分的商品(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Welcome bonus (points)</source>
        <translation>入会奖励（积分）(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;ferral bonus for both (points)</source>
        <translation>推荐奖励，双方均得（积分）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Largest sale</source>
        <translation>单笔销售上限(&amp;L)</translation>
    </message>
    <message>
        <source>Ask CSAT: how was it today (1–5)</source>
        <translation>询问 CSAT：今天的体验如何（1–5）</translation>
    </message>
    <message>
        <source>Ask NPS: would they recommend us (0–10)</source>
        <translation>询问 NPS：是否愿意推荐我们（0–10）</translation>
    </message>
    <message>
        <source>Do not ask</source>
        <translation>不询问</translation>
    </message>
    <message>
        <source>Feedback after a &amp;member sale</source>
        <translation>会员销售后的反馈(&amp;M)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Spend to reach</source>
        <translation>达标消费额</translation>
    </message>
    <message>
        <source>Points × %</source>
        <translation>积分 × %</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Spend counted over (&amp;months)</source>
        <translation>消费统计周期（月）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation>等级(&amp;L)</translation>
    </message>
    <message>
        <source>Club levels</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>&amp;Birthday offer</source>
        <translation>生日优惠(&amp;B)</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>奖励积分</translation>
    </message>
    <message>
        <source>Percent off the sale</source>
        <translation>本单折扣百分比</translation>
    </message>
    <message>
        <source>A free product</source>
        <translation>赠送商品</translation>
    </message>
    <message>
        <source>Days &amp;before the birthday</source>
        <translation>生日前天数(&amp;B)</translation>
    </message>
    <message>
        <source>Days &amp;after</source>
        <translation>生日后天数(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>优惠(&amp;O)</translation>
    </message>
    <message>
        <source>Bonus &amp;points</source>
        <translation>奖励积分(&amp;P)</translation>
    </message>
    <message>
        <source>Percent o&amp;ff</source>
        <translation>折扣百分比(&amp;F)</translation>
    </message>
    <message>
        <source>Free product (&amp;code)</source>
        <translation>赠送商品（代码）(&amp;C)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>商品代码</translation>
    </message>
    <message>
        <source>or category</source>
        <translation>或类别</translation>
    </message>
    <message>
        <source>Buy (then 1 free)</source>
        <translation>购买数量（之后赠 1 份）</translation>
    </message>
    <message>
        <source>Stamp cards</source>
        <translation>集章卡</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>满额</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Kind: discount or points. Dates 2026-12-31 and times 15:00 may stay empty (always); weekdays 1 = Monday … 7, e.g. 6,7.</source>
        <translation>类型：折扣 或 积分。日期 2026-12-31 和时间 15:00 可留空（始终有效）；星期 1 = 周一 … 7，例如 6,7。</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <source>Members may &amp;pay with points</source>
        <translation>会员可用积分支付(&amp;P)</translation>
    </message>
    <message>
        <source>Points &amp;earned on the part paid with points too</source>
        <translation>积分支付部分也累积积分(&amp;E)</translation>
    </message>
    <message>
        <source>One point &amp;pays</source>
        <translation>每积分抵扣(&amp;P)</translation>
    </message>
    <message>
        <source>At most this &amp;share of the check (%)</source>
        <translation>最多抵扣账单比例（%）(&amp;S)</translation>
    </message>
    <message>
        <source>Only from a &amp;balance of (points)</source>
        <translation>积分余额达到（积分）才可使用(&amp;B)</translation>
    </message>
    <message>
        <source>Paying with points</source>
        <translation>积分支付</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>why, for the history (optional)</source>
        <translation>原因，记入历史（可选）</translation>
    </message>
    <message>
        <source>&amp;Takes effect</source>
        <translation>生效时间(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>赠送积分</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>入会奖励</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <source>Largest sale</source>
        <translation>单笔销售上限</translation>
    </message>
    <message>
        <source>Level period</source>
        <translation>等级周期</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>生日前天数</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>生日后天数</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>生日奖励</translation>
    </message>
    <message>
        <source>Birthday percent</source>
        <translation>生日折扣百分比</translation>
    </message>
    <message>
        <source>Stamp card %1</source>
        <translation>集章卡 %1</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>促销活动 %1</translation>
    </message>
    <message>
        <source>One point pays</source>
        <translation>每积分抵扣</translation>
    </message>
    <message>
        <source>Share of the check</source>
        <translation>账单比例</translation>
    </message>
    <message>
        <source>Minimum balance</source>
        <translation>最低余额</translation>
    </message>
</context>
<context>
    <name>ProgramService</name>
    <message>
        <source>The loyalty program cannot be read.</source>
        <translation>无法读取会员计划。</translation>
    </message>
    <message>
        <source>The loyalty program begins on %1; nothing can be recorded before it.</source>
        <translation>会员计划从 %1 开始；此前不能记录任何内容。</translation>
    </message>
    <message>
        <source>This terminal has no loyalty program yet.</source>
        <translation>本终端尚无会员计划。</translation>
    </message>
    <message>
        <source>That version of the loyalty program does not exist.</source>
        <translation>该版本的会员计划不存在。</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>A change takes effect now or later: past sales keep the rules they were made with.</source>
        <translation>更改可立即或稍后生效：以往的销售保持原有规则。</translation>
    </message>
    <message>
        <source>A note has at most 200 characters.</source>
        <translation>备注最多 200 个字符。</translation>
    </message>
    <message>
        <source>earn rate</source>
        <translation>积分获取比例</translation>
    </message>
    <message>
        <source>The loyalty program settings are inconsistent: %1</source>
        <translation>会员计划设置不一致：%1</translation>
    </message>
    <message>
        <source>The loyalty program could not be saved.</source>
        <translation>无法保存会员计划。</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receipt %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;小票 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The customer&apos;s words (optional); Enter saves</source>
        <translation>顾客的意见（可选）；按 Enter 保存</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>打印(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF (Ctrl+S)</source>
        <translation>另存为 PDF(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <source>Next sale (Enter)</source>
        <translation>下一笔销售 (Enter)</translation>
    </message>
    <message>
        <source>Esc or the next scan skips.</source>
        <translation>按 Esc 或扫描下一件即跳过。</translation>
    </message>
    <message>
        <source>The answer is %1 to %2.</source>
        <translation>答案应为 %1 到 %2。</translation>
    </message>
    <message>
        <source>Thank you: %1 saved. A comment? Type it and press Enter; Esc skips.</source>
        <translation>谢谢：已保存 %1。有意见吗？输入后按 Enter；按 Esc 跳过。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法将 PDF 写入 %1。</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>将小票另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ReceiptFormat</name>
    <message>
        <source>REFUND %1 (receipt %2)</source>
        <translation>退款 %1（小票 %2）</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>小票 %1</translation>
    </message>
    <message>
        <source>%1  %2 × %3</source>
        <translation>%1  %2 × %3</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 分</translation>
    </message>
    <message>
        <source>Points given back (%1)</source>
        <translation>退还积分（%1）</translation>
    </message>
    <message>
        <source>GIVEN BACK</source>
        <translation>已退还</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 · card …%2</source>
        <translation>%1 · 卡号 …%2</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <translation>收回积分</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>使用积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Spend %1 more for %2.</source>
        <translation>再消费 %1 即可升级为 %2。</translation>
    </message>
    <message>
        <source>Club level: %1.</source>
        <translation>会员等级：%1。</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>收银员：%1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>谢谢惠顾！</translation>
    </message>
    <message>
        <source>The receipt cannot be read.</source>
        <translation>无法读取小票。</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till.</source>
        <translation>本收银台没有小票 %1。</translation>
    </message>
    <message>
        <source>This sale does not exist.</source>
        <translation>此笔销售不存在。</translation>
    </message>
    <message>
        <source>(erased member)</source>
        <translation>（已清除的会员）</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <translation>
            <numerusform>已用 %Ln 积分支付</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) had already been used: the balance is below zero.</source>
        <translation>
            <numerusform>已有 %Ln 积分被使用：余额低于零。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1.</source>
        <translation>
            <numerusform>%Ln 积分将于 %1 过期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Give a sale back</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give a sale back&lt;/b&gt;</source>
        <translation>&lt;b&gt;退货退款&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. wrong order, the customer changed their mind</source>
        <translation>例如：点错单、顾客改变主意</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Back already</source>
        <translation>已退</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>小票(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>商品行(&amp;L)</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>原因(&amp;S)</translation>
    </message>
    <message>
        <source>Give back (Enter)</source>
        <translation>退款 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Type the receipt number.</source>
        <translation>请输入小票号。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 points earned</source>
        <translation>%1 · %2 · 获得积分 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of items.</source>
        <translation>“%1”不是有效的商品数量。</translation>
    </message>
    <message>
        <source>Nothing to give back: every quantity is 0.</source>
        <translation>没有可退的内容：所有数量均为 0。</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>The sale cannot be read.</source>
        <translation>无法读取销售。</translation>
    </message>
    <message>
        <source>There is no receipt %1 on this till.</source>
        <translation>本收银台没有小票 %1。</translation>
    </message>
    <message>
        <source>This sale does not exist.</source>
        <translation>此笔销售不存在。</translation>
    </message>
    <message>
        <source>Say why the sale is given back: the reason goes into the audit trail.</source>
        <translation>请说明退款原因：原因将记入审计记录。</translation>
    </message>
    <message>
        <source>A reason has at most 200 characters.</source>
        <translation>原因最多 200 个字符。</translation>
    </message>
    <message>
        <source>Receipt %1 is itself a refund.</source>
        <translation>小票 %1 本身就是退款。</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>小票 %1 没有第 %2 行。</translation>
    </message>
    <message>
        <source>Receipt %1: only %2 of &quot;%3&quot; can still be given back.</source>
        <translation>小票 %1：“%3”仅剩 %2 可退。</translation>
    </message>
    <message>
        <source>Receipt %1 was already given back (refund receipt %2).</source>
        <translation>小票 %1 已退款（退款小票 %2）。</translation>
    </message>
    <message>
        <source>Choose what is given back: no quantity was entered.</source>
        <translation>请选择要退的内容：未输入数量。</translation>
    </message>
    <message>
        <source>Receipt %1 given back: %2</source>
        <translation>小票 %1 已退款：%2</translation>
    </message>
    <message>
        <source>The member&apos;s stamps cannot be read.</source>
        <translation>无法读取会员的印章。</translation>
    </message>
    <message>
        <source>The refund cannot be saved.</source>
        <translation>无法保存退款。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation>请选择报表的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The range ends before it starts: %1 is before %2.</source>
        <translation>范围的结束早于开始：%1 早于 %2。</translation>
    </message>
    <message>
        <source>A report covers at most ten years.</source>
        <translation>报表最多涵盖十年。</translation>
    </message>
    <message>
        <source>The sales cannot be read.</source>
        <translation>无法读取销售。</translation>
    </message>
    <message>
        <source>The points cannot be read.</source>
        <translation>无法读取积分。</translation>
    </message>
    <message>
        <source>The refunds cannot be read.</source>
        <translation>无法读取退款。</translation>
    </message>
    <message>
        <source>The members cannot be read.</source>
        <translation>无法读取会员。</translation>
    </message>
    <message>
        <source>The feedback cannot be read.</source>
        <translation>无法读取反馈。</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>生日 %1</translation>
    </message>
    <message>
        <source>%1 pts expire on %2</source>
        <translation>%1 分将于 %2 过期</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>最近到店 %1</translation>
    </message>
    <message>
        <source>balance %1 pts</source>
        <translation>余额 %1 分</translation>
    </message>
    <message>
        <source>spent %1</source>
        <translation>消费 %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>核心会员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>The cohorts cannot be read.</source>
        <translation>无法读取同期群。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;报表&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>所有收银台</translation>
    </message>
    <message>
        <source>The tills cannot be read.</source>
        <translation>无法读取收银台。</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Run (F5)</source>
        <translation>运行 (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Birthdays in the next 14 days</source>
        <translation>未来 14 天内生日</translation>
    </message>
    <message>
        <source>Points expiring in the next 30 days</source>
        <translation>未来 30 天内过期的积分</translation>
    </message>
    <message>
        <source>Not seen for 60 days (win-back)</source>
        <translation>60 天未到店（召回）</translation>
    </message>
    <message>
        <source>Top members</source>
        <translation>顶级会员</translation>
    </message>
    <message>
        <source>Balances below zero</source>
        <translation>余额低于零</translation>
    </message>
    <message>
        <source>Export for &amp;SMS…</source>
        <translation>导出用于短信(&amp;S)…</translation>
    </message>
    <message>
        <source>Export for &amp;e-mail…</source>
        <translation>导出用于邮件(&amp;E)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Contact allowed</source>
        <translation>允许联系</translation>
    </message>
    <message>
        <source>Action lists</source>
        <translation>行动清单</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>将报表另存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the period and press &lt;b&gt;Run&lt;/b&gt; (F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;请选择时段并按 &lt;b&gt;运行&lt;/b&gt; (F5)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The reports were cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Members&apos; share of revenue</source>
        <translation>会员营业额占比</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>已给折扣</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已兑换</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>Outstanding now</source>
        <translation>当前未兑付</translation>
    </message>
    <message>
        <source>Refunds that left a balance below zero</source>
        <translation>导致余额低于零的退款</translation>
    </message>
    <message>
        <source>%1 (%2 pts)</source>
        <translation>%1（%2 分）</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>积分负债</translation>
    </message>
    <message>
        <source>— (paying with points is off)</source>
        <translation>—（积分支付已关闭）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Average visits</source>
        <translation>平均到店次数</translation>
    </message>
    <message>
        <source>Retention (CRR)</source>
        <translation>留存率 (CRR)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Lifetime value (CLV)</source>
        <translation>客户终身价值 (CLV)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 回答数</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT 回答数</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>此时段内没有销售。</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>营业额（%1）</translation>
    </message>
    <message>
        <source>NPS and CSAT by month</source>
        <translation>按月的 NPS 和 CSAT</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>Members by segment</source>
        <translation>按分群的会员</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Joined (members)</source>
        <translation>入会（会员数）</translation>
    </message>
    <message>
        <source>Month 0</source>
        <translation>第 0 月</translation>
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
        <translation>短信</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Run the reports first (F5).</source>
        <translation>请先运行报表 (F5)。</translation>
    </message>
    <message>
        <source>Save the list as CSV</source>
        <translation>将列表另存为 CSV</translation>
    </message>
    <message>
        <source>%1 members who allow it were written to %2.</source>
        <translation>已将允许联系的会员（%1 名）写入 %2。</translation>
    </message>
    <message>
        <source>Cohorts: share of each month&apos;s new members who bought, by months since joining</source>
        <translation>同期群：每月新会员中有购买的比例，按入会后月数统计</translation>
    </message>
    <message>
        <source>%1: reports</source>
        <translation>%1：报表</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Expired points are still being settled (%1 %): points figures are as of %2.</source>
        <translation>过期积分仍在结算中（%1 %）：积分数据截至 %2。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The sale has no lines: enter an amount first.</source>
        <translation>销售没有商品行：请先输入金额。</translation>
    </message>
    <message>
        <source>The sale is in %1 but the shop counts in %2.</source>
        <translation>销售以 %1 计价，但本店以 %2 记账。</translation>
    </message>
    <message>
        <source>The price of &quot;%1&quot; must be more than zero.</source>
        <translation>“%1”的价格必须大于零。</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be between 1 and %2.</source>
        <translation>“%1”的数量必须在 1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The sale would be over %1: check the amounts.</source>
        <translation>销售将超过 %1：请检查金额。</translation>
    </message>
    <message>
        <source>The shop currency must be a three-letter ISO code such as EUR.</source>
        <translation>店铺货币必须是三个字母的 ISO 代码，例如 EUR。</translation>
    </message>
    <message>
        <source>Points per amount cannot be negative.</source>
        <translation>每金额积分不能为负数。</translation>
    </message>
    <message>
        <source>The amount that earns points must be more than zero.</source>
        <translation>累积积分的金额必须大于零。</translation>
    </message>
    <message>
        <source>Points expire after 0 (never) to 1200 months.</source>
        <translation>积分有效期为 0（永不过期）到 1200 个月。</translation>
    </message>
    <message>
        <source>The largest sale must be more than zero.</source>
        <translation>单笔销售上限必须大于零。</translation>
    </message>
    <message>
        <source>The largest quantity must be more than zero.</source>
        <translation>最大数量必须大于零。</translation>
    </message>
    <message>
        <source>The welcome bonus is 0 to 1,000,000 points.</source>
        <translation>入会奖励为 0 到 1,000,000 积分。</translation>
    </message>
    <message>
        <source>Feedback is asked as CSAT, NPS or not at all.</source>
        <translation>反馈方式为 CSAT、NPS 或不询问。</translation>
    </message>
    <message>
        <source>The referral bonus is 0 to 1,000,000 points.</source>
        <translation>推荐奖励为 0 到 1,000,000 积分。</translation>
    </message>
</context>
<context>
    <name>SaleLinesModel</name>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Scan a card, or type a phone number or name…</source>
        <translation>扫描会员卡，或输入电话号码或姓名…</translation>
    </message>
    <message>
        <source>Card or phone number</source>
        <translation>会员卡号或电话号码</translation>
    </message>
    <message>
        <source>Enter: find · F2: new member · Esc: clear</source>
        <translation>Enter：查找 · F2：新会员 · Esc：清空</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>找到的会员</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加商品行</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>%1
%2  ·  Alt+%3</source>
        <translation>%1
%2  ·  Alt+%3</translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation>销售商品行</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
    <message>
        <source>Complete sale (Enter / F12)</source>
        <translation>完成销售 (Enter / F12)</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;. F2 enrolls a new member.</source>
        <translation>没有与“%1”匹配的会员。按 F2 注册新会员。</translation>
    </message>
    <message>
        <source>The first %1 matches: type more to narrow them. ↓ to choose, Enter to take.</source>
        <translation>前 %1 个匹配项：请输入更多内容以缩小范围。按 ↓ 选择，Enter 确定。</translation>
    </message>
    <message>
        <source>%1 found. ↓ to choose, Enter to take.</source>
        <translation>找到：%1。按 ↓ 选择，Enter 确定。</translation>
    </message>
    <message>
        <source>The sale is now for %1.</source>
        <translation>此笔销售现归属于 %1。</translation>
    </message>
    <message>
        <source>Type the amount, then press Enter.</source>
        <translation>请输入金额，然后按 Enter。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The quantity must be a whole number from 1 up.</source>
        <translation>数量必须是从 1 起的整数。</translation>
    </message>
    <message>
        <source>The sale has no lines: type the amount first.</source>
        <translation>销售没有商品行：请先输入金额。</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2. %3 earned %4; balance %5.</source>
        <translation>销售 %1 已记录：%2。%3 获得 %4；余额 %5。</translation>
    </message>
    <message>
        <source>+%1 pts</source>
        <translation>+%1 分</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2 (walk-in).</source>
        <translation>销售 %1 已记录：%2（散客）。</translation>
    </message>
    <message>
        <source>Welcome to %1!</source>
        <translation>欢迎光临%1！</translation>
    </message>
    <message>
        <source>Welcome, %1! Card %2 is ready to collect points.</source>
        <translation>欢迎，%1！会员卡 %2 已可累积积分。</translation>
    </message>
    <message>
        <source>Merge cancelled.</source>
        <translation>已取消合并。</translation>
    </message>
    <message>
        <source>Happy birthday, %1! This sale brings %2.</source>
        <translation>生日快乐，%1！本笔销售可享%2。</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Type the amount, then Enter.</source>
        <translation>请输入金额，然后按 Enter。</translation>
    </message>
    <message>
        <source>Points payment removed: %1</source>
        <translation>已移除积分支付：%1</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>小计 %1</translation>
    </message>
    <message>
        <source>%1   −%2</source>
        <translation>%1   −%2</translation>
    </message>
    <message>
        <source>%1   +%2 pts</source>
        <translation>%1   +%2 分</translation>
    </message>
    <message>
        <source>This sale reaches %1.</source>
        <translation>本笔销售达到 %1。</translation>
    </message>
    <message>
        <source>Earns %1</source>
        <translation>可获得 %1</translation>
    </message>
    <message>
        <source>Walk-in: no points</source>
        <translation>散客：无积分</translation>
    </message>
    <message>
        <source>pay with points</source>
        <translation>积分支付</translation>
    </message>
    <message>
        <source>Add the items first: the points pay part of the check.</source>
        <translation>请先添加商品：积分只能支付账单的一部分。</translation>
    </message>
    <message>
        <source>Paying with points is switched off in this shop.</source>
        <translation>本店已关闭积分支付。</translation>
    </message>
    <message>
        <source>%1 has no points to pay with.</source>
        <translation>%1 没有可用于支付的积分。</translation>
    </message>
    <message>
        <source>Find the member first (scan the card or type the name or phone), then %1.</source>
        <translation>请先找到会员（扫描会员卡或输入姓名或电话），然后再%1。</translation>
    </message>
    <message>
        <source>F4 to edit</source>
        <translation>按 F4 编辑</translation>
    </message>
    <message>
        <source>%1: changes saved.</source>
        <translation>%1：更改已保存。</translation>
    </message>
    <message>
        <source>F7 for a lost card</source>
        <translation>按 F7 处理丢失的卡</translation>
    </message>
    <message>
        <source>Card %1 now belongs to %2; the lost card is blocked. %3 kept.</source>
        <translation>会员卡 %1 现属于 %2；丢失的卡已挂失。%3 已保留。</translation>
    </message>
    <message>
        <source>Ctrl+M to merge</source>
        <translation>按 Ctrl+M 合并</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>合并两个会员</translation>
    </message>
    <message>
        <source>Not merged: merging members needs a manager.</source>
        <translation>未合并：合并会员需要经理权限。</translation>
    </message>
    <message>
        <source>Merge into %1: find the other record of the same person (type the name, phone or card, ↓ and Enter). Esc cancels.</source>
        <translation>合并到 %1：请找到同一人的另一条记录（输入姓名、电话或会员卡，按 ↓ 和 Enter）。按 Esc 取消。</translation>
    </message>
    <message>
        <source>That is %1 again: find the other record, or Esc to cancel.</source>
        <translation>这又是 %1：请找到另一条记录，或按 Esc 取消。</translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation>合并会员</translation>
    </message>
    <message>
        <source>Keep %1 (%2 pts, %3 visits) and move everything of %4 (%5 pts, %6 visits) to it: cards, purchases and points. %4 then disappears from search. This cannot be undone.</source>
        <translation>保留 %1（%2 分，到店 %3 次），并将 %4（%5 分，到店 %6 次）的所有内容转入：会员卡、消费记录和积分。之后 %4 将不再出现在搜索结果中。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Merge (Enter)</source>
        <translation>合并 (Enter)</translation>
    </message>
    <message>
        <source>Not merged. Find another record, or Esc to cancel the merge.</source>
        <translation>未合并。请查找另一条记录，或按 Esc 取消合并。</translation>
    </message>
    <message>
        <source>%1 merged into %2: %3 cards, %4 purchases and %5 moved; balance %6.</source>
        <translation>%1 已合并到 %2：转移会员卡 %3 张、消费 %4 笔及 %5；余额 %6。</translation>
    </message>
    <message>
        <source>Give a sale back</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Nothing was given back: a refund needs a manager.</source>
        <translation>未退款：退款需要经理权限。</translation>
    </message>
    <message>
        <source>Refund %1: %2 given back; %3 points taken back.</source>
        <translation>退款 %1：已退 %2；收回积分 %3。</translation>
    </message>
    <message>
        <source>Ctrl+P to adjust points</source>
        <translation>按 Ctrl+P 调整积分</translation>
    </message>
    <message>
        <source>Adjust points by hand</source>
        <translation>手动调整积分</translation>
    </message>
    <message>
        <source>No points changed: adjusting points needs a manager.</source>
        <translation>积分未更改：调整积分需要经理权限。</translation>
    </message>
    <message>
        <source>Points adjusted: the balance is now %1.</source>
        <translation>积分已调整：当前余额为 %1。</translation>
    </message>
    <message>
        <source>F9 to erase</source>
        <translation>按 F9 清除</translation>
    </message>
    <message>
        <source>Erase a member&apos;s personal data</source>
        <translation>清除会员的个人数据</translation>
    </message>
    <message>
        <source>Not erased: erasing a member needs a manager.</source>
        <translation>未清除：清除会员需要经理权限。</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>清除会员</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (#%2) at their request? Name, phone, e-mail, birthday, notes and consents are removed and their cards blocked; their purchases and points stay in the books, without their name. This cannot be undone.</source>
        <translation>应本人要求清除 %1 (#%2) 的个人数据？姓名、电话、邮箱、生日、备注和授权同意将被删除，其会员卡将被挂失；其消费记录和积分仍保留在账目中，但不含姓名。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>未清除任何内容。</translation>
    </message>
    <message>
        <source>The personal data of member #%1 was erased. The sale in progress is now a walk-in.</source>
        <translation>会员 #%1 的个人数据已清除。进行中的销售现为散客销售。</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %Ln point(s) to pay with them.</source>
        <translation>
            <numerusform>%1 至少需要 %Ln 积分才能用积分支付。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation>店铺货币</translation>
    </message>
    <message>
        <source>Chosen when the terminal was set up: every sale, refund and the loyalty program count in it.</source>
        <translation>在设置终端时选定：所有销售、退款和会员计划都以此货币计算。</translation>
    </message>
    <message>
        <source>Money and dates</source>
        <translation>金额与日期</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>A new language or appearance shows once the terminal opens its screen again: whoever is signed in signs in again.</source>
        <translation>终端重新打开界面后显示新的语言或外观：已登录的人员需要重新登录。</translation>
    </message>
</context>
<context>
    <name>SettleRunner</name>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Expired points could not be settled: %1</source>
        <translation>无法结算过期积分：%1</translation>
    </message>
    <message>
        <source>Club levels could not be reviewed: %1</source>
        <translation>无法评定会员等级：%1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>收银台操作</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>key</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>After a card, a phone number or a name: find the member</source>
        <translation>输入会员卡、电话号码或姓名后：查找会员</translation>
    </message>
    <message>
        <source>Back to the search field</source>
        <translation>返回搜索框</translation>
    </message>
    <message>
        <source>Enrol a new member</source>
        <translation>注册新会员</translation>
    </message>
    <message>
        <source>After an amount: add the line; on an empty amount: complete the sale</source>
        <translation>输入金额后：添加商品行；金额为空时：完成销售</translation>
    </message>
    <message>
        <source>Complete the sale</source>
        <translation>完成销售</translation>
    </message>
    <message>
        <source>Add a product from the quick keys</source>
        <translation>从快捷键添加商品</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>删除所选商品行</translation>
    </message>
    <message>
        <source>Clear the sale</source>
        <translation>清空销售</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>积分支付</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>销售退款</translation>
    </message>
    <message>
        <source>Show or reprint a receipt</source>
        <translation>显示或重新打印小票</translation>
    </message>
    <message>
        <source>The member on screen</source>
        <translation>屏幕上的会员</translation>
    </message>
    <message>
        <source>Edit the member</source>
        <translation>编辑会员</translation>
    </message>
    <message>
        <source>Replace a lost card</source>
        <translation>更换丢失的会员卡</translation>
    </message>
    <message>
        <source>Add or take away points by hand (a manager&apos;s)</source>
        <translation>手动增加或扣除积分（经理）</translation>
    </message>
    <message>
        <source>Merge with another record (a manager&apos;s)</source>
        <translation>与另一条记录合并（经理）</translation>
    </message>
    <message>
        <source>Erase the member&apos;s personal data (a manager&apos;s)</source>
        <translation>清除会员的个人数据（经理）</translation>
    </message>
    <message>
        <source>The receipt after a sale</source>
        <translation>销售后的小票</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Sync with the other terminals</source>
        <translation>与其他终端同步</translation>
    </message>
    <message>
        <source>Switch person or lock the till</source>
        <translation>切换人员或锁定收银台</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>%1: a %2 may not do this.</source>
        <translation>%1：%2无权执行此操作。</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <source>A name has at most 60 characters.</source>
        <translation>姓名最多 60 个字符。</translation>
    </message>
    <message>
        <source>The first account must be an administrator&apos;s.</source>
        <translation>第一个账户必须是管理员账户。</translation>
    </message>
    <message>
        <source>%1 already has an account.</source>
        <translation>%1 已有账户。</translation>
    </message>
    <message>
        <source>This staff member does not exist.</source>
        <translation>该员工不存在。</translation>
    </message>
    <message>
        <source>Nobody called %1 has an account here.</source>
        <translation>此处没有名为 %1 的账户。</translation>
    </message>
    <message>
        <source>%1&apos;s account is switched off.</source>
        <translation>%1 的账户已停用。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>PIN 错误次数过多。请在 %1后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. The account is locked for %n second(s).</source>
        <translation>
            <numerusform>PIN 错误。账户已锁定 %n 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before the account locks.</source>
        <translation>
            <numerusform>PIN 错误。再错 %n 次账户将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot approve this: %2 needs a manager.</source>
        <translation>%1 无法批准此操作：%2 需要经理权限。</translation>
    </message>
    <message>
        <source>%1 is the last administrator: make another one first.</source>
        <translation>%1 是最后一位管理员：请先创建另一位管理员。</translation>
    </message>
    <message>
        <source>%1: a manager must approve this.</source>
        <translation>%1：此操作须经经理批准。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Loyalty Terminal</source>
        <translation>会员终端</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2. Restore it? The damaged file is kept aside, and sales after the backup are not in it.</source>
        <translation>%1

最新的完好备份来自 %2。是否恢复？损坏的文件将保留在一旁，备份之后的销售不包含在内。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Updating the database for this version of the terminal…

This happens once. At a large shop it can take a few minutes: please leave the till on.</source>
        <translation>正在为此版本的终端更新数据库…

此操作只进行一次。大型商店可能需要几分钟：请不要关闭收银机。</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the other terminals</source>
        <translation>与其他终端同步</translation>
    </message>
    <message>
        <source>Head office (PostgreSQL)</source>
        <translation>总部 (PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. office.example.org</source>
        <translation>例如 office.example.org</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>仅手动</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Without a head office: batches carried by hand</source>
        <translation>无总部：手动传递批次</translation>
    </message>
    <message>
        <source>E&amp;xport a batch to a folder…</source>
        <translation>将批次导出到文件夹(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import a batch from a folder…</source>
        <translation>从文件夹导入批次(&amp;I)…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Name the head office&apos;s database too.</source>
        <translation>还需指定总部的数据库。</translation>
    </message>
    <message>
        <source>Type the head office&apos;s server first, or carry a batch by hand below.</source>
        <translation>请先输入总部服务器，或在下方手动传递批次。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Folder for the batch (a USB stick, a shared folder)</source>
        <translation>批次文件夹（U 盘、共享文件夹）</translation>
    </message>
    <message>
        <source>The batch folder another terminal exported</source>
        <translation>其他终端导出的批次文件夹</translation>
    </message>
    <message>
        <source>Importing the batch…</source>
        <translation>正在导入批次…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The changes to send cannot be read.</source>
        <translation>无法读取待发送的更改。</translation>
    </message>
    <message>
        <source>The sync batch cannot be applied.</source>
        <translation>无法应用同步批次。</translation>
    </message>
    <message>
        <source>The batch holds a row of %1 this database refuses.</source>
        <translation>批次中有一行 %1 被此数据库拒绝。</translation>
    </message>
    <message>
        <source>A row of %1 in the batch is not readable.</source>
        <translation>批次中有一行 %1 无法读取。</translation>
    </message>
    <message>
        <source>Batch written to %1: %2 rows (%3). Import it on the other terminals, or push to the head office.</source>
        <translation>批次已写入 %1：共 %2 行（%3）。请在其他终端上导入，或推送到总部。</translation>
    </message>
    <message>
        <source>This batch was imported here before; nothing changed again.</source>
        <translation>此批次之前已在此导入过；没有再做更改。</translation>
    </message>
    <message>
        <source>%1 rows read, %2 new or newer here.</source>
        <translation>已读取 %1 行，其中 %2 行在此为新增或更新。</translation>
    </message>
    <message>
        <source>%1 edits made on two terminals: the later one kept, the other in the audit trail.</source>
        <translation>有 %1 处在两个终端上编辑：保留较晚的一处，另一处记入审计记录。</translation>
    </message>
    <message>
        <source>%1 rows wait for an earlier batch of their terminal; they go in when it does.</source>
        <translation>有 %1 行需等待其终端的较早批次；该批次到达后即导入。</translation>
    </message>
    <message>
        <source>%1 members now owe points (the same points were spent on two terminals): see Reports → Balances below zero.</source>
        <translation>有 %1 名会员现欠积分（同一积分在两个终端上被使用）：请查看 报表 → 余额低于零。</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>上次同步：%1。</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>从未同步。</translation>
    </message>
    <message>
        <source>%1 changes waiting to leave.</source>
        <translation>待发送的更改：%1。</translation>
    </message>
    <message>
        <source>The last try (%1) failed: %2</source>
        <translation>上次尝试（%1）失败：%2</translation>
    </message>
    <message>
        <source>The sync state cannot be read.</source>
        <translation>无法读取同步状态。</translation>
    </message>
    <message>
        <source>The sync state cannot be saved.</source>
        <translation>无法保存同步状态。</translation>
    </message>
    <message>
        <source>The sync batch cannot be recorded.</source>
        <translation>无法记录同步批次。</translation>
    </message>
    <message>
        <source>The other terminal cannot be recorded.</source>
        <translation>无法记录其他终端。</translation>
    </message>
    <message>
        <source>The sync status cannot be read.</source>
        <translation>无法读取同步状态。</translation>
    </message>
    <message>
        <source>The changes sent cannot be marked as sent.</source>
        <translation>无法将已发送的更改标记为已发送。</translation>
    </message>
    <message>
        <source>Nothing has changed on this terminal since the last batch: there is nothing to export.</source>
        <translation>自上一批次以来本终端没有任何更改：没有可导出的内容。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty: choose an empty or a new folder for the batch.</source>
        <translation>文件夹 %1 不为空：请为批次选择空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The batch file %1 cannot be written: %2</source>
        <translation>无法写入批次文件 %1：%2</translation>
    </message>
    <message>
        <source>The batch manifest cannot be written: %1</source>
        <translation>无法写入批次清单：%1</translation>
    </message>
    <message>
        <source>The batch holds rows of an unknown kind (%1).</source>
        <translation>批次包含未知类型的行（%1）。</translation>
    </message>
    <message>
        <source>%1 holds no sync batch (manifest.json is missing): choose the folder the export wrote.</source>
        <translation>%1 中没有同步批次（缺少 manifest.json）：请选择导出时写入的文件夹。</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: its manifest cannot be read.</source>
        <translation>%1 中的批次已损坏：无法读取其清单。</translation>
    </message>
    <message>
        <source>The batch was written by a newer version of the terminal (format %1; this one reads up to %2). Update this terminal, then import it again.</source>
        <translation>该批次由更新版本的终端写入（格式 %1；本版本最高支持 %2）。请更新本终端，然后重新导入。</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: its format version is missing.</source>
        <translation>%1 中的批次已损坏：缺少格式版本。</translation>
    </message>
    <message>
        <source>This batch was exported by this terminal: import it on the other terminals, or at the head office.</source>
        <translation>此批次由本终端导出：请在其他终端或总部导入。</translation>
    </message>
    <message>
        <source>The batch is in %1 and this shop keeps its accounts in %2: batches travel only between terminals of one currency.</source>
        <translation>批次以 %1 计价，而本店以 %2 记账：批次只能在同一货币的终端之间传递。</translation>
    </message>
    <message>
        <source>The batch in %1 is damaged: a file name is not valid.</source>
        <translation>%1 中的批次已损坏：文件名无效。</translation>
    </message>
    <message>
        <source>The batch in %1 is incomplete: %2 is missing.</source>
        <translation>%1 中的批次不完整：缺少 %2。</translation>
    </message>
    <message>
        <source>The batch file %1 was changed or cut short after the export (its checksum does not match). Nothing was imported: export the batch again.</source>
        <translation>批次文件 %1 在导出后被修改或截断（校验和不匹配）。未导入任何内容：请重新导出批次。</translation>
    </message>
    <message>
        <source>The batch file %1 holds %2 rows where the manifest says %3.</source>
        <translation>批次文件 %1 包含 %2 行，而清单中为 %3 行。</translation>
    </message>
    <message>
        <source>The sync batch cannot be applied: some of its rows refer to rows this terminal does not have. Nothing was imported.</source>
        <translation>无法应用同步批次：其中部分行引用了本终端没有的记录。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: a %2 may not do this.</source>
        <translation>%1：%2无权执行此操作。</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>导入已取消：未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>TerminalService</name>
    <message>
        <source>The shop name must have 1 to 100 characters.</source>
        <translation>店铺名称须为 1 到 100 个字符。</translation>
    </message>
    <message>
        <source>The terminal name must have 1 to 50 characters.</source>
        <translation>终端名称须为 1 到 50 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three capital letters such as EUR, RUB or CNY.</source>
        <translation>“%1”不是货币代码：请使用三个大写字母，例如 EUR、RUB 或 CNY。</translation>
    </message>
    <message>
        <source>This database already belongs to terminal &quot;%1&quot; of %2.</source>
        <translation>此数据库已属于 %2 的终端“%1”。</translation>
    </message>
    <message>
        <source>This database has no terminal yet: run &quot;loyalty-cli init&quot; or start the terminal app once.</source>
        <translation>此数据库尚无终端：请运行 &quot;loyalty-cli init&quot; 或先启动一次终端应用。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loyalty Terminal</source>
        <translation>会员终端</translation>
    </message>
    <message>
        <source>Point-of-sale loyalty terminal</source>
        <translation>收银会员终端</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>Fill a new database with the demo shop, its members and staff (docs/roles.md).</source>
        <translation>用演示店铺及其会员和员工填充新数据库（docs/roles.md）。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
</TS>
