<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pos/ui/about_dialog.py" line="23"/>
        <source>このアプリについて</source>
        <translation>About this app</translation>
    </message>
    <message>
        <location filename="../../pos/ui/about_dialog.py" line="43"/>
        <source>（サーバーのバックアップ手順に従う）</source>
        <translation>(follow the server&apos;s backup procedure)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/about_dialog.py" line="45"/>
        <source>Booth POS バージョン %1</source>
        <translation>Booth POS version %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/about_dialog.py" line="47"/>
        <source>データ: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/about_dialog.py" line="48"/>
        <source>バックアップ: %1</source>
        <translation>Backups: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/about_dialog.py" line="49"/>
        <source>ログファイル: %1</source>
        <translation>Log file: %1</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="213"/>
        <source>依頼をお受けする</source>
        <translation>Accept the request</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="220"/>
        <source>会場(&amp;V)</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="221"/>
        <source>開始(&amp;S)</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="222"/>
        <source>終了(&amp;E)</source>
        <translation>&amp;End</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../pos/ui/app.py" line="130"/>
        <source>データベースファイル「%1」はまだありません。新しいデータベースをここに作りますか？</source>
        <extracomment>(context, source) → Japanese, for what qtbase_ja.qm lacks.</extracomment>
        <translation>There is no database file at %1 yet. Create a new database there?</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="81"/>
        <source>◀ 前の月 (Alt+←)</source>
        <translation>◀ Previous month (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="82"/>
        <source>次の月 (Alt+→) ▶</source>
        <translation>Next month (Alt+→) ▶</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="86"/>
        <source>予定を追加… (Ctrl+N)</source>
        <translation>Add a plan… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="87"/>
        <source>月の予定表PDF…</source>
        <translation>Month calendar PDF…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="88"/>
        <source>.icsに書き出す…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="102"/>
        <source>月表示</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="104"/>
        <location filename="../../pos/ui/calendar_tab.py" line="242"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="105"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="106"/>
        <source>時間</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="107"/>
        <source>出店事業所</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="108"/>
        <location filename="../../pos/ui/calendar_tab.py" line="115"/>
        <location filename="../../pos/ui/calendar_tab.py" line="331"/>
        <source>人員</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="109"/>
        <location filename="../../pos/ui/calendar_tab.py" line="165"/>
        <source>不足</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="112"/>
        <source>予定の一覧</source>
        <translation>Planned days</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="114"/>
        <source>一覧</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="116"/>
        <source>出店依頼</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="133"/>
        <source>月の予定</source>
        <translation>Month plan</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="135"/>
        <source>月</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="135"/>
        <source>火</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="135"/>
        <source>水</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="135"/>
        <source>木</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="135"/>
        <source>金</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="135"/>
        <source>土</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="135"/>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="146"/>
        <source>人員の不足</source>
        <translation>Staff gaps</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="151"/>
        <source>人員の不足（▲）</source>
        <translation>Staff gaps (▲)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="158"/>
        <source>月表示か一覧で日を選んで Enter を押してください</source>
        <translation>Choose a day in the month view or the list and press Enter</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="165"/>
        <source>シフト</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="165"/>
        <source>必要</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="165"/>
        <source>申込み</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="179"/>
        <source>選んだ申込みを取り消す</source>
        <translation>Withdraw the chosen sign-up</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="181"/>
        <source>時間・事業所を変更…</source>
        <translation>Change hours and workshops…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="183"/>
        <source>この予定を削除…</source>
        <translation>Delete this plan…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="187"/>
        <source>名前</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="190"/>
        <source>連絡先（任意）</source>
        <translation>Contact (optional)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="191"/>
        <source>このシフトに申込む</source>
        <translation>Sign up for this shift</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="195"/>
        <source>名前(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="206"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="207"/>
        <source>シフトを追加</source>
        <translation>Add shift</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="210"/>
        <source>新しいシフト</source>
        <translation>New shift</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="228"/>
        <source>選んだシフトの申込み</source>
        <translation>Sign-ups of the chosen shift</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="239"/>
        <source>年度 </source>
        <translation>Fiscal year </translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="243"/>
        <source>平日/土日</source>
        <translation>Weekday/weekend</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="243"/>
        <source>土日</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="243"/>
        <source>平日</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="244"/>
        <source>依頼元</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="245"/>
        <source>行事</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="246"/>
        <source>連絡先</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="247"/>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="250"/>
        <source>出店依頼の一覧</source>
        <translation>Requests for the booth</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="251"/>
        <source>依頼を記録…</source>
        <translation>Record a request…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="252"/>
        <source>お受けする…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="253"/>
        <source>お断りする…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="254"/>
        <source>未回答に戻す</source>
        <translation>Back to pending</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="295"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="304"/>
        <source>%1/%2人</source>
        <translation>%1/%2 people</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="307"/>
        <source>不足 あと%1人</source>
        <translation>Missing: %1 more</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="307"/>
        <source>充足</source>
        <translation>Staffed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="348"/>
        <source>人員の不足はありません</source>
        <translation>No staff gaps</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="354"/>
        <source>%1月の事業所ごとの参加（出店日・人員の申込み）: </source>
        <translation>Workshops&apos; participation in month %1 (selling days / staff sign-ups): </translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="356"/>
        <location filename="../../pos/ui/calendar_tab.py" line="395"/>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="373"/>
        <source>%1には予定がありません（Ctrl+N で追加）</source>
        <translation>Nothing planned on %1 (Ctrl+N adds a plan)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="386"/>
        <source>この予定は削除されました</source>
        <translation>This planned day was removed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="397"/>
        <source>出店: </source>
        <translation>Selling: </translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="418"/>
        <source>ボランティア</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="438"/>
        <source>申込むシフトを選んでください（なければ「シフトを追加」）</source>
        <translation>Choose a shift to sign up for (or add one)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="445"/>
        <source>%1さんの申込みを記録しました</source>
        <translation>Signed up %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="453"/>
        <source>取り消す申込みを選んでください</source>
        <translation>Choose the sign-up to withdraw</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="457"/>
        <source>%1さんの申込みを取り消しました</source>
        <translation>Withdrew %1&apos;s sign-up</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="461"/>
        <location filename="../../pos/ui/calendar_tab.py" line="471"/>
        <location filename="../../pos/ui/calendar_tab.py" line="497"/>
        <source>先に日を選んでください</source>
        <translation>Choose a day first</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="466"/>
        <source>シフト %1 を追加しました</source>
        <translation>Added the shift %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="492"/>
        <source>%1の予定を変更しました</source>
        <translation>Changed the plan of %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="500"/>
        <source>%1 %2 の予定を削除しますか？（シフトと申込み%3件も消えます）</source>
        <translation>Delete the plan of %1 at %2? (Its shifts and %3 sign-ups go too)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="502"/>
        <source>予定の削除</source>
        <translation>Delete a plan</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="508"/>
        <source>%1の予定を削除しました</source>
        <translation>Deleted the plan of %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="524"/>
        <source>会場が登録されていません（事業所・商品・会場のタブで登録）</source>
        <translation>No venue is registered (add one in the Workshops, products, venues tab)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="556"/>
        <source>%1の予定を%2日分作りました</source>
        <translation>%1: planned %2 days</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="559"/>
        <source>（予定済みの%1日は飛ばしました）</source>
        <translation> (skipped %1 days already planned)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="564"/>
        <source>%1の予定を追加しました</source>
        <translation>Planned %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="578"/>
        <source>月の予定表PDFの保存先</source>
        <translation>Save the month calendar PDF</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="583"/>
        <source>PDFを保存しました: %1</source>
        <translation>Saved the PDF: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="587"/>
        <source>.icsの保存先</source>
        <translation>Save the .ics file</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="592"/>
        <source>.icsを保存しました: %1</source>
        <translation>Saved the .ics file: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="604"/>
        <source>%1件の依頼。</source>
        <translation>%1 requests. </translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="610"/>
        <source>依頼を選んでください</source>
        <translation>Choose a request</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="635"/>
        <source>依頼を記録しました: %1</source>
        <translation>Recorded the request: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_tab.py" line="674"/>
        <source>未回答に戻しました: %1</source>
        <translation>Back to pending: %1</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../pos/ui/register_models.py" line="37"/>
        <source>商品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_models.py" line="37"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_models.py" line="37"/>
        <source>単価</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_models.py" line="37"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_models.py" line="37"/>
        <source>金額</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_models.py" line="65"/>
        <source>（値引 −%1）</source>
        <translation> (marked down −%1)</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../pos/ui/check_in.py" line="143"/>
        <source>持ち込みの記録&#x3000;%1&#x3000;%2</source>
        <translation>Stock check-in  %1  %2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="152"/>
        <source>事業所(&amp;W)</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="170"/>
        <source>記録 (Ctrl+Enter)</source>
        <translation>Record (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="184"/>
        <source>持ってきた数と期限を入力して「記録」を押してください。期限は日持ちから自動で入ります（違うときだけ直す）。あとから追加で持ち込んだときも、ここで記録できます。</source>
        <translation>Enter how many you brought and the expiry date, then press &quot;Record&quot;. The expiry date is filled in from the shelf life (change it only if it differs). Stock brought in later can also be recorded here.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="193"/>
        <source>この販売日には出店事業所がありません</source>
        <translation>No workshops are taking part in this sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="221"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="221"/>
        <source>価格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="221"/>
        <source>記録済み</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="221"/>
        <source>持込数</source>
        <translation>Brought</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="222"/>
        <source>期限</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="234"/>
        <source>販売中の商品がありません</source>
        <translation>No products on sale</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="238"/>
        <source>（日持ち%1日）</source>
        <translation> (shelf life: %1 d)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="245"/>
        <source>%1の持込数</source>
        <translation>%1: quantity brought</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="252"/>
        <source>%1の期限</source>
        <translation>%1: expiry date</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="253"/>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="307"/>
        <source>期限の日付が読めません（例: 2026-12-05、12/5、なし）: %1</source>
        <translation>Cannot read the expiry date (e.g. 2026-12-05, 12/5, none): %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="312"/>
        <source>持込数を入力してください</source>
        <translation>Enter the quantity brought</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="318"/>
        <source>%1: %2品目 %3個を記録しました</source>
        <translation>%1: recorded %2 products, %3 units</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="323"/>
        <source>。期限切れのため販売できません: %1</source>
        <translation>. Expired, cannot be sold: %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="72"/>
        <source>精算（Z）— レジ締め</source>
        <translation>Day-end close (Z) — closing the register</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="78"/>
        <source>この販売日はすでに締め済みです。</source>
        <translation>This sales day is already closed.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="97"/>
        <source>精算（Z）</source>
        <translation>Day-end close (Z)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="99"/>
        <source>締め作業中は販売・取消ができません。キャンセルすると販売を再開できます。</source>
        <translation>No sales or voids while closing. Cancel to resume selling.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="103"/>
        <source>金種別の枚数</source>
        <translation>Count by denomination</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="113"/>
        <source>%1円の枚数</source>
        <translation>Number of ¥%1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="122"/>
        <location filename="../../pos/ui/close_dialog.py" line="152"/>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="127"/>
        <source>現金の照合</source>
        <translation>Cash check</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="129"/>
        <source>釣銭準備金</source>
        <translation>Change fund</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="130"/>
        <source>現金お預り</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="131"/>
        <source>お釣り</source>
        <translation>Change given</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="133"/>
        <source>予定現金</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="135"/>
        <source>実際の現金</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="137"/>
        <source>過不足</source>
        <translation>Over / short</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="140"/>
        <source>商品券は現金とは別に数え、各事業所に現物で渡します</source>
        <translation>Vouchers are counted apart from the cash and handed to each workshop as they are</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="141"/>
        <source>商品券（現金とは別）</source>
        <translation>Vouchers (apart from cash)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="143"/>
        <source>キャッシュレス（決済端末の日計票と照合）</source>
        <translation>Cashless (compare with the terminal&apos;s daily slip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos/ui/close_dialog.py" line="147"/>
        <source>%n件</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="151"/>
        <source>キャッシュレスの支払いはありません</source>
        <translation>No cashless payments</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="156"/>
        <source>取引 %1件&#x3000;取消 %2件&#x3000;売上合計 %3</source>
        <translation>Sales: %1  Voided: %2  Total sales: %3</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="162"/>
        <source>過不足があるときはその理由（例: 釣銭の渡し間違い）</source>
        <translation>If over or short, the reason (e.g. wrong change given)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="166"/>
        <source>締めた人の名前</source>
        <translation>Name of the person closing</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="168"/>
        <source>過不足の理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="169"/>
        <source>締め担当者</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="177"/>
        <source>精算する（販売日を締める）</source>
        <translation>Close (end the sales day)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="178"/>
        <source>精算する（このレジを締める）</source>
        <translation>Settle (close this till)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="183"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="190"/>
        <source>事業所へのお渡し（締めのときの率で確定）</source>
        <translation>What each workshop gets (rates fixed at the close)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="191"/>
        <source>事業所へのお渡し（販売日全体・最後のレジの締めで確定）</source>
        <translation>What each workshop gets (the whole day, fixed when the last till closes)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="194"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="194"/>
        <source>現金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="194"/>
        <source>商品券</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="194"/>
        <source>後日振込</source>
        <translation>Transfer later</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="241"/>
        <source>一致</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="241"/>
        <source>過剰</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="241"/>
        <source>不足</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="246"/>
        <source>過不足があります。理由を入力してください。</source>
        <translation>The cash is over or short. Please enter the reason.</translation>
    </message>
</context>
<context>
    <name>CoordinatorGate</name>
    <message>
        <location filename="../../pos/ui/coordinator.py" line="68"/>
        <source>コーディネーターPINが未設定です（設定から登録してください）</source>
        <translation>No coordinator PIN is set (set one in Settings)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../pos/ui/check_in.py" line="94"/>
        <source>なし</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>DayActions</name>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="73"/>
        <source>精算（Z）・レジ締め</source>
        <translation>Day-end close (Z)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="84"/>
        <source>レジを締めました</source>
        <translation>Till closed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="89"/>
        <source>締めた販売日の再開</source>
        <translation>Reopen a closed sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="99"/>
        <source>点検（X）を印刷…</source>
        <translation>Print X tally…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="102"/>
        <source>精算（Z）・レジ締め…</source>
        <translation>Day-end close (Z)…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="105"/>
        <source>精算（Z）を再印刷…</source>
        <translation>Reprint day-end close (Z)…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="108"/>
        <source>締めた販売日を再開…</source>
        <translation>Reopen a closed sales day…</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="229"/>
        <source>依頼をお断りする</source>
        <translation>Decline the request</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="231"/>
        <source>人手不足</source>
        <translation>Not enough staff</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="231"/>
        <source>日程重複</source>
        <translation>Schedule clash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="231"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="236"/>
        <source>理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="237"/>
        <source>メモ(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>DispositionsDialog</name>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="69"/>
        <source>売れ残りの記録（締めの前に）</source>
        <translation>Record unsold items (before closing)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="73"/>
        <source>消費期限のある商品の売れ残りです。廃棄した数、その他（寄贈など）の数を入れてください。残りは各事業所の持ち帰りとして記録され、精算票に載ります。</source>
        <translation>These are unsold products with an expiry date. Enter how many were disposed of and how many went elsewhere (e.g. donated). The rest is recorded as taken back by each workshop and appears on its settlement slip.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="80"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="80"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="80"/>
        <source>期限</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="80"/>
        <source>残り</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="81"/>
        <source>持ち帰り</source>
        <translation>Taken back</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="81"/>
        <source>廃棄</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="81"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="81"/>
        <source>その他の内容</source>
        <translation>Other: details</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="98"/>
        <source>記録 (Ctrl+Enter)</source>
        <translation>Record (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="101"/>
        <source>すべて持ち帰りで記録</source>
        <translation>Record all as taken back</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="103"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="130"/>
        <source>%1の廃棄数</source>
        <translation>%1: number disposed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="131"/>
        <source>%1のその他の数</source>
        <translation>%1: number other</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="134"/>
        <source>例: 子ども食堂へ寄贈</source>
        <translation>e.g. to a food bank</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="141"/>
        <source>（期限切れ）</source>
        <translation> (expired)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="159"/>
        <source>「%1」: 廃棄とその他の合計が残り（%2個）を超えています</source>
        <translation>&quot;%1&quot;: disposed plus other is more than what is left (%2)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="162"/>
        <source>「%1」: その他の内容（渡した先など）を入力してください</source>
        <translation>&quot;%1&quot;: enter the details for &quot;Other&quot; (e.g. who received it)</translation>
    </message>
</context>
<context>
    <name>EasyMode</name>
    <message>
        <location filename="../../pos/ui/easy/mode.py" line="58"/>
        <source>かんたんレジに切り替え</source>
        <translation>Switch to the easy register</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/mode.py" line="84"/>
        <source>ふつうのレジにもどす</source>
        <translation>Back to the standard register</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/mode.py" line="124"/>
        <source>きょうの はんばいは まだ はじまっていません。
コーディネーターを よんでください。</source>
        <translation>Today&apos;s sales have not started yet.
Please call the coordinator.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/mode.py" line="128"/>
        <source>コーディネーター</source>
        <translation>Coordinator</translation>
    </message>
</context>
<context>
    <name>EasyRegister</name>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="118"/>
        <source>事業所をえらぶ</source>
        <translation>Choose a workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="121"/>
        <location filename="../../pos/ui/easy/easy_register.py" line="138"/>
        <source>かご</source>
        <translation>Basket</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="127"/>
        <source>ごうけい</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="128"/>
        <location filename="../../pos/ui/easy/easy_register.py" line="191"/>
        <source>ひとつ もどす</source>
        <translation>Take one back</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="130"/>
        <source>おかいけいへ ▶</source>
        <translation>Pay ▶</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="132"/>
        <source>コーディネーター</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="134"/>
        <source>コーディネーター（ふつうのレジにもどす）</source>
        <translation>Coordinator (back to the standard register)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="152"/>
        <source>げんきん
（おさつ・こうか）</source>
        <translation>Cash
(notes and coins)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="156"/>
        <source>キャッシュレス
（カード・スマホ）</source>
        <translation>Cashless
(card or phone)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="159"/>
        <location filename="../../pos/ui/easy/easy_register.py" line="193"/>
        <location filename="../../pos/ui/easy/easy_register.py" line="224"/>
        <location filename="../../pos/ui/easy/easy_register.py" line="239"/>
        <source>◀ もどる</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="166"/>
        <source>どちらで はらいますか？</source>
        <translation>How does the customer pay?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="195"/>
        <source>けってい ▶</source>
        <translation>Done ▶</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="203"/>
        <source>もらった おかねを おしてください</source>
        <translation>Tap the money you were given</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="228"/>
        <source>どれで はらいますか？</source>
        <translation>Which one?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="237"/>
        <source>おわった ▶</source>
        <translation>Paid ▶</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="243"/>
        <source>たんまつで しはらいが おわったら「おわった」を おしてください</source>
        <translation>When the terminal has finished, press &quot;Paid&quot;</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="258"/>
        <source>つぎの おきゃくさま ▶</source>
        <translation>Next customer ▶</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="291"/>
        <source>うりきれ</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="325"/>
        <source>おかいけい %1</source>
        <translation>To pay %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="375"/>
        <source>ごうけい %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="405"/>
        <location filename="../../pos/ui/easy/easy_register.py" line="459"/>
        <source>%1まい</source>
        <translation>%1 pcs</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="408"/>
        <source>あずかり %1</source>
        <translation>Received %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="410"/>
        <source>あと %1 たりません</source>
        <translation>%1 still missing</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="413"/>
        <source>おつり %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="448"/>
        <source>ありがとうございました</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="463"/>
        <source>おつり %1：</source>
        <translation>Change %1: </translation>
    </message>
    <message>
        <location filename="../../pos/ui/easy/easy_register.py" line="465"/>
        <source>おつりは ありません</source>
        <translation>No change</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../pos/ui/event_dialog.py" line="48"/>
        <source>複数日の催しを登録</source>
        <translation>Record an event over several days</translation>
    </message>
    <message>
        <location filename="../../pos/ui/event_dialog.py" line="57"/>
        <source>例: 他区から1事業所がゲスト出店</source>
        <translation>e.g. one guest workshop from another ward</translation>
    </message>
    <message>
        <location filename="../../pos/ui/event_dialog.py" line="63"/>
        <source>会場と期間を登録すると、その間の販売日が一つの催しになります。備考は月ごとの活動内容に一度だけ載ります。最終日の前の日の売れ残りは、翌日の販売日を開くと元の期限のまま持ち込まれます。</source>
        <translation>Record a venue and dates: the sales days in between become one event. The notes appear once in each month&apos;s activity line. Food left before the last day is checked in again, with its expiry, when the next day is opened.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/event_dialog.py" line="68"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/event_dialog.py" line="69"/>
        <source>初日</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/event_dialog.py" line="70"/>
        <source>最終日</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/event_dialog.py" line="71"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pos/ui/event_dialog.py" line="73"/>
        <source>登録</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../pos/ui/event_dialog.py" line="90"/>
        <source>会場が登録されていません</source>
        <translation>No venue has been registered</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="72"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="73"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="66"/>
        <source>値札（QRコード）を作る</source>
        <translation>Make price labels (QR codes)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="77"/>
        <source>すべての事業所</source>
        <translation>All workshops</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="83"/>
        <source>事業所(&amp;W)</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="88"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="88"/>
        <source>コード</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="88"/>
        <source>価格（税込）</source>
        <translation>Price (incl. tax)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="88"/>
        <source>枚数</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="103"/>
        <source>表示中をすべて選ぶ(&amp;A)</source>
        <translation>Select &amp;all shown</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="104"/>
        <source>選択をすべて外す(&amp;C)</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="111"/>
        <source>用紙(&amp;L)</source>
        <translation>&amp;Label sheet</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="121"/>
        <source>PDFを保存(&amp;S)…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="124"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="234"/>
        <source>選択 %1商品・%2枚（%3で%4ページ）</source>
        <translation>Selected: %1 products, %2 labels (%4 pages of %3)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="246"/>
        <source>値札のPDFを保存</source>
        <translation>Save price labels as PDF</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="252"/>
        <source>PDFを作っています…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="261"/>
        <source>保存しました: %1（%2枚・%3ページ）</source>
        <translation>Saved: %1 (%2 labels, %3 pages)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="269"/>
        <source>PDFを保存できませんでした: %1</source>
        <translation>Could not save the PDF: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos/ui/main_window.py" line="88"/>
        <source>Booth POS — 自主製品販売ブース</source>
        <extracomment>What makes the figure tabs (本日の集計, 販売日) stale.</extracomment>
        <translation>Booth POS — Workshop Products Sales Booth</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="98"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="99"/>
        <source>点数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="100"/>
        <location filename="../../pos/ui/main_window.py" line="116"/>
        <source>売上</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="101"/>
        <source>現金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="102"/>
        <source>キャッシュレス</source>
        <translation>Cashless</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="103"/>
        <source>商品券</source>
        <translation>Vouchers</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="104"/>
        <source>手数料</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="106"/>
        <source>決済手数料</source>
        <translation>Terminal fees</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="107"/>
        <source>現金渡し</source>
        <translation>Cash handed over</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="108"/>
        <source>振込予定</source>
        <translation>To transfer</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="111"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="112"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="113"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="114"/>
        <source>出店</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="115"/>
        <source>取引数</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="129"/>
        <source>今日の販売を始める (Ctrl+O)</source>
        <translation>Start today&apos;s sales (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="137"/>
        <source>レジ</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="138"/>
        <source>本日の集計</source>
        <translation>Today&apos;s totals</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="143"/>
        <source>持ち込み・在庫</source>
        <translation>Check-in and stock</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="145"/>
        <source>販売日</source>
        <translation>Sales days</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="149"/>
        <source>事業所・商品・会場</source>
        <translation>Workshops, products, venues</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="151"/>
        <source>報告書・分析</source>
        <translation>Reports and analysis</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="153"/>
        <source>予定・人員</source>
        <translation>Calendar and staffing</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="161"/>
        <source>データベース: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="189"/>
        <location filename="../../pos/ui/main_window.py" line="193"/>
        <source>持ち込み</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="191"/>
        <source>持ち込みの記録は、今日の販売を始めるとできます。</source>
        <translation>Stock can be checked in once today&apos;s sales have started.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="198"/>
        <source>事業所の在庫</source>
        <translation>Workshop stock</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="296"/>
        <source>活動記録</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="297"/>
        <source>月ごとの活動</source>
        <translation>Monthly activity</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="298"/>
        <source>年間報告書</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="299"/>
        <source>売上分析</source>
        <translation>Sales analysis</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="300"/>
        <source>月次精算</source>
        <translation>Monthly payouts</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="339"/>
        <source>スキャン「%1」は追加していません: 今日の販売日が始まっていません（今日の販売を始める: Ctrl+O）</source>
        <translation>Scan “%1” not added: today&apos;s sales day has not been started (start it with Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="350"/>
        <source>終了の確認</source>
        <translation>Quit?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="351"/>
        <source>カートに%1点（%2）が入っています。お会計せずに終了すると、カートの中身は失われます。終了しますか？</source>
        <translation>The cart holds %1 item(s) (%2). Quitting without payment loses the cart. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="366"/>
        <source>販売日(&amp;D)</source>
        <translation>Sales &amp;day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="367"/>
        <source>今日の販売を始める</source>
        <translation>Start today&apos;s sales</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="372"/>
        <source>別のブースのデータを取り込む…</source>
        <translation>Merge another booth’s data…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="373"/>
        <source>複数日の催しを登録…</source>
        <translation>Record an event over several days…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="376"/>
        <source>設定(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="377"/>
        <source>設定・PIN・操作の記録…</source>
        <translation>Settings, PIN and audit log…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="378"/>
        <source>コーディネーターをロック</source>
        <translation>Lock coordinator actions</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="380"/>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="391"/>
        <source>ハイコントラスト</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="396"/>
        <source>かんたんレジに切り替える…</source>
        <translation>Switch to the easy register…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="400"/>
        <source>かんたんレジ: ことばのヒント</source>
        <translation>Easy register: phrases</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="404"/>
        <source>かんたんレジ: 音</source>
        <translation>Easy register: sounds</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="409"/>
        <source>言語 / Language</source>
        <translation>Language / 言語</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="414"/>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="415"/>
        <source>このアプリについて</source>
        <translation>About this app</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="481"/>
        <source>今日の販売日はすでに始まっています（レジを表示しました）</source>
        <translation>Today&apos;s sales day is already open (the register is shown)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="496"/>
        <source>営業中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="496"/>
        <source>締め作業中</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="496"/>
        <source>締め済み</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="510"/>
        <source>&#x3000;※締められていない販売日です</source>
        <translation>  ※ This sales day has not been closed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="540"/>
        <source>取引 %1件&#x3000;売上 %2&#x3000;取消 %3件&#x3000;出店 %4事業所</source>
        <translation>Sales: %1  Total: %2  Voided: %3  Workshops: %4</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="513"/>
        <source>営業中の販売日はありません</source>
        <translation>No sales day is open</translation>
    </message>
</context>
<context>
    <name>MarkdownDialog</name>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="89"/>
        <location filename="../../pos/ui/markdown_dialog.py" line="230"/>
        <source>値引</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="90"/>
        <source>%1 × %2&#x3000;%3</source>
        <translation>%1 × %2   %3</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="95"/>
        <source>例: 100（円）または 30%</source>
        <translation>e.g. 100 (yen) or 30%</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="99"/>
        <source>見切り(&amp;M)</source>
        <translation>&amp;Markdown (short date)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="99"/>
        <source>試食(&amp;S)</source>
        <translation>&amp;Sampling</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="99"/>
        <source>その他(&amp;O)</source>
        <translation>&amp;Other</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="116"/>
        <source>値引する</source>
        <translation>Mark down</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="120"/>
        <source>値引を取り消す(&amp;C)</source>
        <translation>&amp;Cancel the markdown</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="125"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="159"/>
        <source>値引 %1 → %2</source>
        <translation>Off %1 → %2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="228"/>
        <source>値引する商品がカートにありません</source>
        <translation>No item in the cart to mark down</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="254"/>
        <source>値引を取り消しました</source>
        <translation>Markdown taken off</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="256"/>
        <source>値引しました: %1</source>
        <translation>Marked down: %1</translation>
    </message>
</context>
<context>
    <name>MasterDataWidget</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="434"/>
        <source>事業所</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="435"/>
        <source>商品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="436"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="53"/>
        <source>他のレジの記録を取り込む</source>
        <extracomment>What a merge may add: sales days with their sales, lots, workshops/products/venues, activities.</extracomment>
        <translation>Import records from another register</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="57"/>
        <source>別のレジで書き出したファイル（pos export）か、別のレジのデータベースファイルを選んでください。取り込む前に内容を確認できます。選んだファイルは変更しません。</source>
        <translation>Choose a file exported on another register (pos export) or another register&apos;s database file. You can check the contents before importing. The chosen file is not changed.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="61"/>
        <source>ファイルを選ぶ…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="63"/>
        <source>（ファイル未選択）</source>
        <translation>(no file chosen)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="75"/>
        <source>取り込む</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="77"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="94"/>
        <source>取り込めません。何も変更していません。</source>
        <translation>Cannot import. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="99"/>
        <source>取り込むファイル</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="100"/>
        <source>Booth POSのファイル (*.db *.sqlite);;すべてのファイル (*)</source>
        <translation>Booth POS files (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="111"/>
        <source>ファイルを読んでいます…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="121"/>
        <source>取り込み元で取り消された取引（取り込むにはコーディネーターの確認が必要です）:</source>
        <translation>Sales voided in the file (merging them needs the coordinator&apos;s consent):</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="126"/>
        <source>このファイルの記録はすべて取り込み済みです。</source>
        <translation>All records in this file have already been imported.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="129"/>
        <source>内容を確認して「取り込む」を押してください。</source>
        <translation>Check the contents, then press &quot;Import&quot;.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="140"/>
        <source>取り込み元の取消を反映</source>
        <translation>Apply the file&apos;s voids</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="146"/>
        <source>取り込んでいます…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="155"/>
        <source>取り込みました。</source>
        <translation>Imported.</translation>
    </message>
</context>
<context>
    <name>OpenDayDialog</name>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="58"/>
        <source>販売日を始める</source>
        <translation>Start a sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="69"/>
        <source>例: レジ1、レジ2</source>
        <translation>e.g. Till 1, Till 2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="81"/>
        <source>（他区ゲスト）</source>
        <translation> (guest from another ward)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="94"/>
        <source>合計で入力</source>
        <translation>Enter the total</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="95"/>
        <source>金種ごとに数える</source>
        <translation>Count by denomination</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="101"/>
        <source> 円</source>
        <translation> yen</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="127"/>
        <location filename="../../pos/ui/open_day_dialog.py" line="174"/>
        <source>販売を始める</source>
        <translation>Start selling</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="136"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="137"/>
        <source>このパソコンのレジ</source>
        <translation>This laptop&apos;s till</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="138"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="144"/>
        <source>釣銭準備金</source>
        <translation>Change fund</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="148"/>
        <source>出店する事業所（タップまたはスペースで選択）</source>
        <translation>Workshops taking part (tap or press Space to select)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="178"/>
        <source>この会場の販売日はすでに開いています（レジ: %1、出店 %2事業所）。このパソコンはレジとして参加します。</source>
        <translation>This venue&apos;s sales day is already open (tills: %1, %2 workshops). This laptop joins it as a till.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="186"/>
        <source>この販売日に参加する</source>
        <translation>Join this sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="204"/>
        <source>%1事業所を選択</source>
        <translation>Workshops selected: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="232"/>
        <source>会場が登録されていません</source>
        <translation>No venues registered</translation>
    </message>
</context>
<context>
    <name>OpenPriceDialog</name>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="185"/>
        <source>価格の入力</source>
        <translation>Enter the price</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="186"/>
        <source>「%1」の価格を入力してください（いつもは %2）</source>
        <translation>Enter the price of &quot;%1&quot; (usually %2)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/markdown_dialog.py" line="190"/>
        <source>例: 250</source>
        <translation>e.g. 250</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="70"/>
        <source>お会計</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="75"/>
        <source>お会計 %1</source>
        <translation>Total due %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="94"/>
        <location filename="../../pos/ui/payment_dialog.py" line="166"/>
        <source>現金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="96"/>
        <source>お預かり</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="101"/>
        <source>ちょうど</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="109"/>
        <source>お釣り</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="111"/>
        <source>現金で確定 (Enter)</source>
        <translation>Confirm cash (Enter)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="117"/>
        <source>キャッシュレス（端末で決済してから押す）</source>
        <translation>Cashless (press after paying on the terminal)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="120"/>
        <source>一部をキャッシュレス、残りを現金 (Alt+K)</source>
        <translation>Part cashless, rest in cash (Alt+K)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="126"/>
        <source> 円</source>
        <translation> yen</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="144"/>
        <source>戻る (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="162"/>
        <source>クレジット（タッチ含む）</source>
        <translation>Credit card (incl. contactless)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="162"/>
        <source>交通系IC</source>
        <translation>Transit IC</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="163"/>
        <source>d払い</source>
        <translation>d Barai</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="163"/>
        <source>楽天ペイ</source>
        <translation>Rakuten Pay</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="164"/>
        <source>その他QR</source>
        <translation>Other QR</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="165"/>
        <source>電子マネー（WAON・nanaco・楽天Edy）</source>
        <translation>E-money (WAON, nanaco, Rakuten Edy)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="165"/>
        <source>商品券</source>
        <translation>Gift voucher</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="166"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="256"/>
        <source>スキャンされました（%1）。お会計中は商品を追加できません。戻る (Esc) で戻ってから、もう一度スキャンしてください。</source>
        <translation>A scan arrived (%1). Items cannot be added during payment: go back (Esc), then scan again.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="272"/>
        <source>%1 %2 支払済み&#x3000;現金で残り %3</source>
        <translation>%1 %2 paid  Rest in cash: %3</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="284"/>
        <source>お預かり金額を入力してください（ちょうどは F5）</source>
        <translation>Enter the amount received (exact amount: F5)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="293"/>
        <source>キャッシュレスの一部払いは合計より少ない金額にしてください</source>
        <translation>The cashless part must be less than the total</translation>
    </message>
</context>
<context>
    <name>PayoutsWidget</name>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="54"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="55"/>
        <source>登録番号</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="56"/>
        <source>日数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="57"/>
        <location filename="../../pos/ui/payouts_screen.py" line="70"/>
        <source>売上</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="58"/>
        <location filename="../../pos/ui/payouts_screen.py" line="72"/>
        <source>手数料</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="59"/>
        <location filename="../../pos/ui/payouts_screen.py" line="73"/>
        <source>決済手数料</source>
        <translation>Terminal fees</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="60"/>
        <source>現金渡し済</source>
        <translation>Cash handed over</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="61"/>
        <source>商品券渡し済</source>
        <translation>Vouchers handed over</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="62"/>
        <source>振込額</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="68"/>
        <source>販売日</source>
        <translation>Sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="69"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="71"/>
        <source>手数料率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="74"/>
        <source>現金渡し</source>
        <translation>Cash handed over</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="75"/>
        <source>商品券渡し</source>
        <translation>Vouchers handed over</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="76"/>
        <source>振込予定</source>
        <translation>To transfer</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="77"/>
        <source>備考</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="87"/>
        <source>選んだ事業所だけ</source>
        <translation>Selected workshop only</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="89"/>
        <source>PDFを保存…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="92"/>
        <source>CSVを保存…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="98"/>
        <source>月(&amp;M)</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="109"/>
        <source>振込一覧（締めた販売日の確定額）</source>
        <translation>Transfers (figures fixed when each day closed)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="112"/>
        <source>選んだ事業所の販売日</source>
        <translation>Days of the selected workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="149"/>
        <source>合計: 売上 %1&#x3000;手数料 %2&#x3000;決済手数料 %3&#x3000;振込 %4</source>
        <translation>Total: sales %1  commission %2  fees %3  transfer %4</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="156"/>
        <source>未精算の販売日は含まれていません: %1</source>
        <translation>Days not closed are not included: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="181"/>
        <source>事業所を選んでください</source>
        <translation>Select a workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="186"/>
        <source>月次精算書のPDFを保存</source>
        <translation>Save the monthly statements as PDF</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="188"/>
        <source>月次精算のCSVを保存</source>
        <translation>Save the monthly payouts as CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payouts_screen.py" line="198"/>
        <source>書き出しました: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>PdfActionsDialog</name>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="141"/>
        <source>PDFを作成しています…</source>
        <extracomment>Background jobs still running: kept here, not on the dialog, so closing the dialog early is safe.</extracomment>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="145"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="146"/>
        <source>PDFを保存…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="147"/>
        <source>ビューアで開く</source>
        <translation>Open in viewer</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="148"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="177"/>
        <source>%1 ができました。</source>
        <translation>%1 is ready.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="190"/>
        <source>PDFを作れませんでした: %1</source>
        <translation>Could not make the PDF: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="207"/>
        <source>印刷</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="216"/>
        <source>印刷しています…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="226"/>
        <source>印刷に送りました（%1ページ）。</source>
        <translation>Sent to the printer (pages: %1).</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="234"/>
        <source>PDFを保存</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="234"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="245"/>
        <source>保存しました: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="254"/>
        <source>ビューアで開きました: %1</source>
        <translation>Opened in the viewer: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="256"/>
        <source>ビューアを開けませんでした。PDFはここにあります: %1</source>
        <translation>Could not open a viewer. The PDF is here: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="287"/>
        <source>日計表（点検・精算）</source>
        <translation>Day tally (X / Z)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="293"/>
        <source>レシート</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <location filename="../../pos/ui/product_picture.py" line="37"/>
        <source>写真を選ぶ…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/product_picture.py" line="40"/>
        <source>写真を外す</source>
        <translation>Remove the photo</translation>
    </message>
    <message>
        <location filename="../../pos/ui/product_picture.py" line="67"/>
        <source>写真なし</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../pos/ui/product_picture.py" line="72"/>
        <source>商品の写真を選ぶ</source>
        <translation>Choose the product&apos;s photo</translation>
    </message>
    <message>
        <location filename="../../pos/ui/product_picture.py" line="73"/>
        <source>画像</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="38"/>
        <source>コーディネーターの確認</source>
        <translation>Coordinator check</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="39"/>
        <source>「%1」にはコーディネーターPINが必要です</source>
        <translation>&quot;%1&quot; needs the coordinator PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="46"/>
        <source>例: 山田</source>
        <translation>e.g. Yamada</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="56"/>
        <source>担当者(&amp;N)</source>
        <translation>Person i&amp;n charge</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="57"/>
        <source>PIN(&amp;P)</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="74"/>
        <source>確認</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="78"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="108"/>
        <source>担当者の名前を入力してください</source>
        <translation>Enter the name of the person in charge</translation>
    </message>
</context>
<context>
    <name>PlanDayDialog</name>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="90"/>
        <source>販売予定を追加</source>
        <translation>Add a sales plan</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="90"/>
        <source>販売予定を変更</source>
        <translation>Change a sales plan</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="102"/>
        <source>繰り返さない</source>
        <translation>Once</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="103"/>
        <source>毎平日（月～金）</source>
        <translation>Every weekday (Mon–Fri)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="104"/>
        <source>毎週</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="105"/>
        <source>毎月 第N曜日（例 第2土曜）</source>
        <translation>Monthly, n-th weekday (e.g. 2nd Saturday)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="108"/>
        <source>第</source>
        <translation>No. </translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="111"/>
        <source>曜</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="115"/>
        <source>終わりの日</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="135"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="140"/>
        <source>日付(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="141"/>
        <source>会場(&amp;V)</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="142"/>
        <source>時間(&amp;H)</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="143"/>
        <source>繰り返し(&amp;R)</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="144"/>
        <source>人員（シフトと必要な人数、0人ならシフトなし）</source>
        <translation>Staffing (shift and people needed; 0 = no shift)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="145"/>
        <source>メモ(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="146"/>
        <source>出店する事業所（スペースで選択）</source>
        <translation>Workshops selling (Space to tick)</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="224"/>
        <source>商品を編集</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="224"/>
        <source>商品を追加</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="233"/>
        <source>（休止中）</source>
        <translation> (suspended)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="237"/>
        <source>事業所(&amp;W)</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="238"/>
        <source>商品名(&amp;N)</source>
        <translation>Product &amp;name</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="240"/>
        <source>よみがな(&amp;K)</source>
        <translation>&amp;Kana reading</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="240"/>
        <source>ひらがなで（検索に使います）</source>
        <translation>In hiragana (used for search)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="243"/>
        <source>価格（税込、円）(&amp;P)</source>
        <translation>&amp;Price (yen, incl. tax)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="243"/>
        <source>例: 300</source>
        <translation>e.g. 300</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="246"/>
        <source>8%（軽減税率：持ち帰りの飲食料品）※</source>
        <translation>8% (reduced rate: take-away food and drink) ※</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="247"/>
        <source>10%（標準税率：雑貨・工芸品など）</source>
        <translation>10% (standard rate: goods, crafts, etc.)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="249"/>
        <source>税率(&amp;R)</source>
        <translation>Tax &amp;rate</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="250"/>
        <source>消費期限・賞味期限がある（食品など）(&amp;E)</source>
        <translation>Has an &amp;expiry date (use-by / best-before, e.g. food)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="254"/>
        <source>日持ち（日数）(&amp;D)</source>
        <translation>Shelf life (&amp;days)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="257"/>
        <source>レジで価格を入力して売る（オープン価格）(&amp;U)</source>
        <translation>Open price: the price is typed at the till (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="263"/>
        <source>商品コード(&amp;Q)</source>
        <translation>Product &amp;code</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="263"/>
        <source>空欄なら自動で付けます（P0001…）</source>
        <translation>Leave blank to assign one automatically (P0001…)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="264"/>
        <source>値札のQRコードの中身です。変えると、印刷済みの値札は読めなくなります</source>
        <translation>This is what the QR code on the price label holds. If you change it, labels already printed can no longer be scanned</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="267"/>
        <source>写真（かんたんレジ）</source>
        <translation>Photo (easy register)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="268"/>
        <source>かんたんレジの商品ボタンに出ます（なくても使えます）</source>
        <translation>Shown on the easy register&apos;s product buttons (optional)</translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="235"/>
        <source>コード</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="236"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="237"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="238"/>
        <source>価格（税込）</source>
        <translation>Price (incl. tax)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="239"/>
        <source>税率</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="240"/>
        <source>日持ち</source>
        <translation>Shelf life</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="240"/>
        <source>%1日</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="242"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="242"/>
        <source>販売停止中</source>
        <translation>Not on sale</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="246"/>
        <source>事業所(&amp;W)</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="252"/>
        <source>追加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="253"/>
        <source>編集(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="254"/>
        <location filename="../../pos/ui/master_data.py" line="291"/>
        <source>販売停止にする(&amp;S)</source>
        <translation>&amp;Stop selling</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="255"/>
        <source>値札を作る(&amp;L)…</source>
        <translation>Make price &amp;labels…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="257"/>
        <source>CSVに書き出す(&amp;X)…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="258"/>
        <source>CSVから取り込む(&amp;I)…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="265"/>
        <source>すべての事業所</source>
        <translation>All workshops</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="270"/>
        <source>（休止中）</source>
        <translation> (suspended)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="291"/>
        <source>販売を再開する(&amp;S)</source>
        <translation>Re&amp;sume selling</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="295"/>
        <source>商品の追加</source>
        <translation>Add a product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="300"/>
        <source>商品の編集</source>
        <translation>Edit a product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="306"/>
        <source>商品の販売停止・再開</source>
        <translation>Stop or resume selling a product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="312"/>
        <source>「%1」の販売を再開しました</source>
        <translation>&quot;%1&quot; is on sale again</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="313"/>
        <source>「%1」を販売停止にしました（販売の記録は残ります）</source>
        <translation>&quot;%1&quot; taken off sale (its sales records are kept)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="329"/>
        <source>商品をCSVに書き出す</source>
        <translation>Export products to CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="331"/>
        <source>商品 %1件を書き出しました: %2</source>
        <translation>Exported %1 product(s): %2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="336"/>
        <source>商品のCSV取り込み</source>
        <translation>Import products from CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="339"/>
        <source>商品のCSVを取り込む</source>
        <translation>Import products from CSV</translation>
    </message>
</context>
<context>
    <name>RatesEditor</name>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="42"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="42"/>
        <location filename="../../pos/ui/rates_editor.py" line="43"/>
        <location filename="../../pos/ui/rates_editor.py" line="44"/>
        <source>手数料（%）</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="43"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="44"/>
        <source>決済ブランド</source>
        <translation>Payment brand</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="45"/>
        <source>手数料率を保存(&amp;S)</source>
        <translation>&amp;Save rates</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="50"/>
        <source>手数料＝売上×率、決済手数料＝ブランドごとのキャッシュレス額×率（円未満切り捨て）。会場の上書きがあればその会場ではすべての事業所に上書きの率を使います。商品券には決済手数料はかかりません。締めた販売日の額は締めのときの率のまま変わりません。</source>
        <translation>Commission = sales × rate, terminal fee = cashless amount per brand × rate (rounded down to the yen). A venue&apos;s override applies to every workshop at that venue. Vouchers carry no fee. Days already closed keep the figures of their close.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="55"/>
        <source>事業所ごとの手数料（空欄＝既定）</source>
        <translation>Commission per workshop (empty = default)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="56"/>
        <source>会場ごとの上書き（空欄＝なし）</source>
        <translation>Override per venue (empty = none)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="57"/>
        <source>決済手数料（ブランドごと）</source>
        <translation>Terminal fee per brand</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="92"/>
        <source>既定の手数料（「ブース」タブで変更）: %1</source>
        <translation>Default commission (change it on the Booth tab): %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="116"/>
        <source>手数料率の変更</source>
        <translation>Change the rates</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="127"/>
        <source>保存しました（%1件）</source>
        <translation>Saved (%1 changes)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rates_editor.py" line="128"/>
        <source>変更はありません</source>
        <translation>Nothing changed</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="99"/>
        <source>スキャン、または商品名・かなで検索 (F1)</source>
        <extracomment>The main window&apos;s shortcuts that a text field would otherwise take for itself (Ctrl+Shift+Z = Redo).</extracomment>
        <translation>Scan, or search by name or kana (F1)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="153"/>
        <source>－ (F3)</source>
        <translation>− (F3)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="154"/>
        <source>＋ (F2)</source>
        <translation>+ (F2)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="155"/>
        <source>行を削除 (Del)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="156"/>
        <source>クリア (F4)</source>
        <translation>Clear (F4)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="157"/>
        <source>お会計 (F9)</source>
        <translation>Pay (F9)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="160"/>
        <source>レシート (F7)</source>
        <translation>Receipt (F7)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="161"/>
        <source>直前の取引を取消 (F8)</source>
        <translation>Void last sale (F8)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="244"/>
        <source>スキャン A (F1)</source>
        <translation>Scan A (F1)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="244"/>
        <source>検索 あ (F1)</source>
        <translation>Search あ (F1)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="249"/>
        <source>スキャン、または商品名で検索 (F1: かな検索)</source>
        <translation>Scan, or search by name (F1: kana search)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="250"/>
        <source>商品名・かなで検索 (F1: スキャンに戻す)</source>
        <translation>Search by name or kana (F1: back to scanning)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="344"/>
        <location filename="../../pos/ui/register_screen.py" line="403"/>
        <location filename="../../pos/ui/register_screen.py" line="407"/>
        <source>追加しました</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="349"/>
        <source>「%1」に当てはまる商品はありません</source>
        <translation>No product matches &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="380"/>
        <source>スキャナーの自己診断（届いた文字: %1）</source>
        <translation>Scanner self-test (arrived: %1)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="383"/>
        <source>スキャナーの自己診断: 問題なし</source>
        <translation>Scanner self-test: all fine</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="385"/>
        <source>スキャナーの自己診断: 設定を確認してください</source>
        <translation>Scanner self-test: check the settings</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="387"/>
        <source>スキャナーの自己診断</source>
        <translation>Scanner self-test</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="411"/>
        <source>領収書を出せる直前の取引はありません</source>
        <translation>There is no paid last sale to issue a receipt for payment</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="470"/>
        <source>%1 を削除しました（元に戻す: Ctrl+Z）</source>
        <translation>Removed %1 (undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="478"/>
        <source>カートを空にしました（元に戻す: Ctrl+Z）</source>
        <translation>Cart cleared (undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="488"/>
        <source>元に戻しました</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="493"/>
        <source>合計 %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="494"/>
        <source>%1点</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="523"/>
        <source>商品が入っていません</source>
        <translation>The cart is empty</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="538"/>
        <source>No.%1 を記録しました</source>
        <translation>Sale No.%1 recorded</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="546"/>
        <source>直前の取引: なし</source>
        <translation>Last sale: none</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="548"/>
        <source>直前の取引 No.%1&#x3000;%2&#x3000;%3</source>
        <translation>Last sale No.%1  %2  %3</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="551"/>
        <source>&#x3000;【取消済み: %1】</source>
        <translation>  [Voided: %1]</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="553"/>
        <source>
お預かり %1&#x3000;お釣り %2</source>
        <translation>
Received %1  Change %2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="560"/>
        <source>取り消せる直前の取引はありません</source>
        <translation>There is no last sale to void</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="562"/>
        <location filename="../../pos/ui/register_screen.py" line="567"/>
        <source>取引の取消</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="568"/>
        <source>No.%1（%2）を取り消します。理由:</source>
        <translation>Void sale No.%1 (%2). Reason:</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="580"/>
        <source>No.%1 を取り消しました</source>
        <translation>Sale No.%1 voided</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="301"/>
        <source>販売日の再開</source>
        <translation>Reopen sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="305"/>
        <source>締め済みの販売日を営業中に戻します。精算の結果は取り消され、もう一度精算が必要です。再開の理由は記録に残ります。</source>
        <translation>This puts a closed sales day back to open. The day-end close is cancelled and must be done again. The reason for reopening is kept on record.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="310"/>
        <source>例: 精算後に売上の打ち漏れが見つかった</source>
        <translation>e.g. a sale that was not rung up was found after closing</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="315"/>
        <source>再開の理由（必須）</source>
        <translation>Reason for reopening (required)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="316"/>
        <source>担当者</source>
        <translation>Reopened by</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="318"/>
        <source>この販売日は締め済みではありません。</source>
        <translation>This sales day is not closed.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="323"/>
        <source>再開する</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="327"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="197"/>
        <source>出店依頼を記録</source>
        <translation>Record a request for the booth</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="199"/>
        <source>例: ○○地域ケアプラザ</source>
        <translation>e.g. a community care plaza</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="203"/>
        <source>依頼元(&amp;F)</source>
        <translation>Requested by (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="204"/>
        <source>行事(&amp;E)</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="205"/>
        <source>日付(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../pos/ui/calendar_dialogs.py" line="206"/>
        <source>連絡先(&amp;C)</source>
        <translation>&amp;Contact</translation>
    </message>
</context>
<context>
    <name>RyoshushoForm</name>
    <message>
        <location filename="../../pos/ui/ryoshusho_dialog.py" line="34"/>
        <source>領収書</source>
        <translation>Receipt for payment (領収書)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/ryoshusho_dialog.py" line="38"/>
        <location filename="../../pos/ui/ryoshusho_dialog.py" line="42"/>
        <source>空欄なら「%1」</source>
        <translation>Empty: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../pos/ui/ryoshusho_dialog.py" line="44"/>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <location filename="../../pos/ui/ryoshusho_dialog.py" line="45"/>
        <source>80mm ロール</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location filename="../../pos/ui/ryoshusho_dialog.py" line="47"/>
        <source>宛名(&amp;A)</source>
        <translation>&amp;Addressee (宛名)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/ryoshusho_dialog.py" line="48"/>
        <source>但し書き(&amp;T)</source>
        <translation>Purpose (但し書き, &amp;T)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/ryoshusho_dialog.py" line="49"/>
        <source>用紙(&amp;P)</source>
        <translation>&amp;Paper</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="50"/>
        <location filename="../../pos/ui/settings_dialog.py" line="232"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="52"/>
        <source>ブース</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="54"/>
        <source>手数料率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="55"/>
        <source>コーディネーターPIN</source>
        <translation>Coordinator PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="56"/>
        <source>操作の記録</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="58"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="76"/>
        <source>（任意）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="78"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="101"/>
        <source>設定の変更</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="112"/>
        <source>保存しました</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="112"/>
        <source>変更はありません</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="120"/>
        <source>PINの登録・変更（%1〜%2桁の数字）</source>
        <translation>Set or change the PIN (%1–%2 digits)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="125"/>
        <source>今のPIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="126"/>
        <location filename="../../pos/ui/settings_dialog.py" line="202"/>
        <source>担当者</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="128"/>
        <source>新しいPIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="129"/>
        <source>新しいPIN（確認）</source>
        <translation>New PIN (again)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="133"/>
        <source>今すぐロックする</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="158"/>
        <source>PINは登録済みです。取消・精算・再開・設定・マスタの変更にはPINが必要です。</source>
        <translation>A PIN is set. Voids, day-end close, reopening, and changes to settings or master data need the PIN.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="159"/>
        <source>コーディネーターPINが未設定です。登録するまで、取消・精算などはPINなしでできます。</source>
        <translation>No coordinator PIN is set. Until one is set, voids, day-end close and so on work without a PIN.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="163"/>
        <source>PINを変更する</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="163"/>
        <source>PINを登録する</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="190"/>
        <source>PINを変更しました</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="190"/>
        <source>PINを登録しました</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="194"/>
        <source>ロックしました。次の操作ではPINが必要です</source>
        <translation>Locked. The next action will need the PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="202"/>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="202"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="202"/>
        <source>対象</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="202"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="209"/>
        <source>新しい順に最大%1件</source>
        <translation>Newest first, up to %1 entries</translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="321"/>
        <source>会場を編集</source>
        <translation>Edit venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="321"/>
        <source>会場を追加</source>
        <translation>Add venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="325"/>
        <source>会場名(&amp;N)</source>
        <translation>Venue &amp;name</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="327"/>
        <source>報告書での名称(&amp;L)</source>
        <translation>Name in &amp;reports</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="328"/>
        <source>月ごとの活動報告で、この名称ごとに販売日をまとめます。空欄なら会場名と同じ</source>
        <translation>Sales days are grouped under this name in the monthly activity report. If blank, the venue name is used</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="359"/>
        <source>順</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="360"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="361"/>
        <source>報告書での名称</source>
        <translation>Name in reports</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="362"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="362"/>
        <source>使用停止中</source>
        <translation>Not in use</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="364"/>
        <source>追加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="365"/>
        <source>編集(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="366"/>
        <location filename="../../pos/ui/master_data.py" line="386"/>
        <source>使用停止にする(&amp;S)</source>
        <translation>&amp;Stop using</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="368"/>
        <source>↑ 上へ(&amp;U)</source>
        <translation>↑ &amp;Up</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="369"/>
        <source>↓ 下へ(&amp;D)</source>
        <translation>↓ &amp;Down</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="386"/>
        <source>使用を再開する(&amp;S)</source>
        <translation>Re&amp;sume using</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="390"/>
        <source>会場の追加</source>
        <translation>Add a venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="394"/>
        <source>会場の編集</source>
        <translation>Edit a venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="400"/>
        <source>会場の使用停止・再開</source>
        <translation>Stop or resume using a venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="412"/>
        <source>会場の並べ替え</source>
        <translation>Reorder venues</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="175"/>
        <source>事業所を編集</source>
        <translation>Edit workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="175"/>
        <source>事業所を追加</source>
        <translation>Add workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="180"/>
        <source>事業所名(&amp;N)</source>
        <translation>Workshop &amp;name</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="182"/>
        <source>よみがな(&amp;K)</source>
        <translation>&amp;Kana reading</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="182"/>
        <source>ひらがなで（並べ替え・検索用）</source>
        <translation>In hiragana (for sorting and search)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="187"/>
        <source>構成機関の区分(&amp;C)</source>
        <translation>Member &amp;category</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="188"/>
        <source>色(&amp;O)</source>
        <translation>C&amp;olour</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="190"/>
        <source>加入日(&amp;J)</source>
        <translation>Date &amp;joined</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="194"/>
        <source>登録番号(&amp;T)</source>
        <translation>Invoice &amp;T-number</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="195"/>
        <source>適格請求書発行事業者の登録番号。登録していない事業所は空欄のまま（レシートに何も印字しません）</source>
        <translation>Registration number as a qualified invoice issuer. Leave blank if the workshop is not registered (nothing is printed on receipts)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="198"/>
        <source>法人番号によらない番号（個人事業者・人格のない社団等。検査用数字を確かめません）(&amp;N)</source>
        <translation>&amp;Not a corporate number (sole proprietor or unincorporated association; check digit not checked)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="202"/>
        <source>他区からのゲスト（部会の構成員ではない）(&amp;G)</source>
        <translation>&amp;Guest from another ward (not a member)</translation>
    </message>
</context>
<context>
    <name>WorkshopStockView</name>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="99"/>
        <source>（本日出店）</source>
        <translation> (here today)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="101"/>
        <source>事業所(&amp;W)</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="110"/>
        <location filename="../../pos/ui/workshop_stock.py" line="179"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="111"/>
        <source>期限</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="113"/>
        <location filename="../../pos/ui/workshop_stock.py" line="143"/>
        <source>持込</source>
        <translation>Brought</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="114"/>
        <location filename="../../pos/ui/workshop_stock.py" line="144"/>
        <source>販売</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="115"/>
        <source>持ち帰り等</source>
        <translation>Taken back etc.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="116"/>
        <source>残り</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="117"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="118"/>
        <source>記録時刻</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="126"/>
        <source>販売日がありません（持ち込みは販売日を始めてから記録します）</source>
        <translation>No sales day (stock is checked in after a sales day is started)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="131"/>
        <source>色: 橙 = 本日期限、黄 = 明日期限、赤 = 期限切れ（販売できません）</source>
        <translation>Colours: orange = expires today, yellow = expires tomorrow, red = expired (cannot be sold)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="140"/>
        <location filename="../../pos/ui/workshop_stock.py" line="192"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="141"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="142"/>
        <source>日数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="145"/>
        <source>販売率</source>
        <translation>Sold %</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="146"/>
        <source>売れ残り</source>
        <translation>Unsold</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="147"/>
        <source>持ち帰り</source>
        <translation>Taken back</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="148"/>
        <source>廃棄</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="149"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="150"/>
        <source>未記録</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="151"/>
        <source>値引販売数</source>
        <translation>Sold marked down</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="154"/>
        <source>全事業所をCSVに書き出す…</source>
        <translation>Export all workshops to CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="159"/>
        <source>年度</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="180"/>
        <source>おすすめ</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="180"/>
        <source>%1個</source>
        <translation>%1 pcs</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="182"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="199"/>
        <source>売り切れた日は、売れるペースを閉店まで延ばして需要を推定し（持込数の2倍まで）、直近8回の中央値をおすすめします。売れ残りと売り逃しを同じ重みで減らす数です。</source>
        <translation>On days that sold out, demand is estimated by extending the selling pace to closing time (up to twice the quantity brought); the suggestion is the median of the last 8 sales days. It weighs unsold items and missed sales equally.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="207"/>
        <source>本日のロット</source>
        <translation>Today&apos;s stock</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="208"/>
        <source>売れ残り・廃棄の履歴</source>
        <translation>Unsold and disposed history</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="209"/>
        <source>次回の持込数</source>
        <translation>How many to bring next time</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="297"/>
        <source>この事業所の持ち込みは記録されていません（「持ち込み」で記録）</source>
        <translation>No stock checked in for this workshop (record it on the &quot;Check-in&quot; tab)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="301"/>
        <source>持込 %1個&#x3000;販売 %2個&#x3000;残り %3個</source>
        <translation>Brought: %1  Sold: %2  Left: %3</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="304"/>
        <source>&#x3000;本日期限 %1個</source>
        <translation>  Expiring today: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="306"/>
        <source>&#x3000;期限切れ %1個</source>
        <translation>  Expired: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="327"/>
        <source>この年度の記録はありません</source>
        <translation>No records for this fiscal year</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="350"/>
        <source>CSVに書き出す</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="350"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="361"/>
        <source>書き出しました: %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopsPanel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="162"/>
        <source>色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="163"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="164"/>
        <source>よみがな</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="165"/>
        <source>区分</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="166"/>
        <source>加入日</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="167"/>
        <source>ゲスト</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="167"/>
        <source>他区</source>
        <translation>Other ward</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="168"/>
        <source>登録番号</source>
        <translation>T-number</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="169"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="169"/>
        <source>休止中</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="171"/>
        <source>追加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="172"/>
        <source>編集(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="173"/>
        <location filename="../../pos/ui/master_data.py" line="187"/>
        <source>休止にする(&amp;S)</source>
        <translation>&amp;Suspend</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="175"/>
        <source>CSVに書き出す(&amp;X)…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="176"/>
        <source>CSVから取り込む(&amp;I)…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="187"/>
        <source>再開する(&amp;S)</source>
        <translation>Re&amp;sume</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="191"/>
        <source>事業所の追加</source>
        <translation>Add a workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="195"/>
        <source>事業所の編集</source>
        <translation>Edit a workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="201"/>
        <source>事業所の休止・再開</source>
        <translation>Suspend or resume a workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="207"/>
        <source>「%1」を再開しました</source>
        <translation>&quot;%1&quot; resumed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="208"/>
        <source>「%1」を休止にしました（販売の記録は残ります）</source>
        <translation>&quot;%1&quot; suspended (its sales records are kept)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="215"/>
        <source>事業所をCSVに書き出す</source>
        <translation>Export workshops to CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="217"/>
        <source>事業所 %1件を書き出しました: %2</source>
        <translation>Exported %1 workshop(s): %2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="222"/>
        <source>事業所のCSV取り込み</source>
        <translation>Import workshops from CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="225"/>
        <source>事業所のCSVを取り込む</source>
        <translation>Import workshops from CSV</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="149"/>
        <source>保存しました: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
</TS>
