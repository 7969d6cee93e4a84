<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
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
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../pos/ui/check_in.py" line="79"/>
        <source>持ち込みの記録&#x3000;%1&#x3000;%2</source>
        <translation>Stock check-in  %1  %2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="89"/>
        <source>事業所(&amp;W)</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="107"/>
        <source>記録 (Ctrl+Enter)</source>
        <translation>Record (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="121"/>
        <source>持ってきた数と期限を入力して「記録」を押してください。期限は日持ちから自動で入ります（違うときだけ直す）。あとから追加で持ち込んだときも、ここで記録できます。</source>
        <translation>Enter how many you brought and the expiry date, then press &quot;Record&quot;. The expiry date is filled in from the shelf life (change it only if it differs). Stock brought in later can also be recorded here.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="130"/>
        <source>この販売日には出店事業所がありません</source>
        <translation>No workshops are taking part in this sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="157"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="157"/>
        <source>価格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="157"/>
        <source>記録済み</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="157"/>
        <source>持込数</source>
        <translation>Brought</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="158"/>
        <source>期限</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="168"/>
        <source>販売中の商品がありません</source>
        <translation>No products on sale</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="172"/>
        <source>（日持ち%1日）</source>
        <translation> (shelf life: %1 d)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="179"/>
        <source>%1の持込数</source>
        <translation>%1: quantity brought</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="188"/>
        <source>%1の期限</source>
        <translation>%1: expiry date</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="194"/>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="244"/>
        <source>持込数を入力してください</source>
        <translation>Enter the quantity brought</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="251"/>
        <source>%1: %2品目 %3個を記録しました</source>
        <translation>%1: recorded %2 products, %3 units</translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="256"/>
        <source>。期限切れのため販売できません: %1</source>
        <translation>. Expired, cannot be sold: %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="65"/>
        <source>精算（Z）— レジ締め</source>
        <translation>Day-end close (Z) — closing the register</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="71"/>
        <source>この販売日はすでに締め済みです。</source>
        <translation>This sales day is already closed.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="84"/>
        <source>精算（Z）</source>
        <translation>Day-end close (Z)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="86"/>
        <source>締め作業中は販売・取消ができません。キャンセルすると販売を再開できます。</source>
        <translation>No sales or voids while closing. Cancel to resume selling.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="90"/>
        <source>金種別の枚数</source>
        <translation>Count by denomination</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="100"/>
        <source>%1円の枚数</source>
        <translation>Number of ¥%1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="109"/>
        <location filename="../../pos/ui/close_dialog.py" line="135"/>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="114"/>
        <source>現金の照合</source>
        <translation>Cash check</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="116"/>
        <source>釣銭準備金</source>
        <translation>Change fund</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="117"/>
        <source>現金お預り</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="118"/>
        <source>お釣り</source>
        <translation>Change given</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="120"/>
        <source>予定現金</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="122"/>
        <source>実際の現金</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="124"/>
        <source>過不足</source>
        <translation>Over / short</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="126"/>
        <source>キャッシュレス（決済端末の日計票と照合）</source>
        <translation>Cashless (compare with the terminal&apos;s daily slip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos/ui/close_dialog.py" line="130"/>
        <source>%n件</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="134"/>
        <source>キャッシュレスの支払いはありません</source>
        <translation>No cashless payments</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="139"/>
        <source>取引 %1件&#x3000;取消 %2件&#x3000;売上合計 %3</source>
        <translation>Sales: %1  Voided: %2  Total sales: %3</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="145"/>
        <source>過不足があるときはその理由（例: 釣銭の渡し間違い）</source>
        <translation>If over or short, the reason (e.g. wrong change given)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="149"/>
        <source>締めた人の名前</source>
        <translation>Name of the person closing</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="151"/>
        <source>過不足の理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="152"/>
        <source>締め担当者</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="160"/>
        <source>精算する（販売日を締める）</source>
        <translation>Close (end the sales day)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="165"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="211"/>
        <source>一致</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="211"/>
        <source>過剰</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="211"/>
        <source>不足</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="216"/>
        <source>過不足があります。理由を入力してください。</source>
        <translation>The cash is over or short. Please enter the reason.</translation>
    </message>
</context>
<context>
    <name>CoordinatorGate</name>
    <message>
        <location filename="../../pos/ui/coordinator.py" line="67"/>
        <source>コーディネーターPINが未設定です（設定から登録してください）</source>
        <translation>No coordinator PIN is set (set one in Settings)</translation>
    </message>
</context>
<context>
    <name>DayActions</name>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="75"/>
        <source>精算（Z）・レジ締め</source>
        <translation>Day-end close (Z)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="87"/>
        <source>レジを締めました</source>
        <translation>Till closed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="95"/>
        <source>締めた販売日の再開</source>
        <translation>Reopen a closed sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="111"/>
        <source>点検（X）を印刷…</source>
        <translation>Print X tally…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="114"/>
        <source>精算（Z）・レジ締め…</source>
        <translation>Day-end close (Z)…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="117"/>
        <source>精算（Z）を再印刷…</source>
        <translation>Reprint day-end close (Z)…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="120"/>
        <source>締めた販売日を再開…</source>
        <translation>Reopen a closed sales day…</translation>
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
        <translation>Record a venue and dates: the sales days in between become one event. The notes appear once in each month's activity line. Food left before the last day is checked in again, with its expiry, when the next day is opened.</translation>
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
        <location filename="../../pos/ui/master_forms.py" line="68"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="69"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="63"/>
        <source>値札（QRコード）を作る</source>
        <translation>Make price labels (QR codes)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="75"/>
        <source>すべての事業所</source>
        <translation>All workshops</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="80"/>
        <source>事業所(&amp;W)</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="85"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="85"/>
        <source>コード</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="85"/>
        <source>価格（税込）</source>
        <translation>Price (incl. tax)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="85"/>
        <source>枚数</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="100"/>
        <source>表示中をすべて選ぶ(&amp;A)</source>
        <translation>Select &amp;all shown</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="101"/>
        <source>選択をすべて外す(&amp;C)</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="108"/>
        <source>用紙(&amp;L)</source>
        <translation>&amp;Label sheet</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="118"/>
        <source>PDFを保存(&amp;S)…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="121"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="231"/>
        <source>選択 %1商品・%2枚（%3で%4ページ）</source>
        <translation>Selected: %1 products, %2 labels (%4 pages of %3)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="244"/>
        <source>値札のPDFを保存</source>
        <translation>Save price labels as PDF</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="250"/>
        <source>PDFを作っています…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="260"/>
        <source>保存しました: %1（%2枚・%3ページ）</source>
        <translation>Saved: %1 (%2 labels, %3 pages)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="270"/>
        <source>PDFを保存できませんでした: %1</source>
        <translation>Could not save the PDF: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos/ui/main_window.py" line="67"/>
        <source>Booth POS — 自主製品販売ブース</source>
        <translation>Booth POS — Workshop Products Sales Booth</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="77"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="78"/>
        <source>点数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="79"/>
        <location filename="../../pos/ui/main_window.py" line="89"/>
        <source>売上</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="80"/>
        <source>現金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="81"/>
        <source>キャッシュレス</source>
        <translation>Cashless</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="84"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="85"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="86"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="87"/>
        <source>出店</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="88"/>
        <source>取引数</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="99"/>
        <source>今日の販売を始める (Ctrl+O)</source>
        <translation>Start today&apos;s sales (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="107"/>
        <source>レジ</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="108"/>
        <source>本日の集計</source>
        <translation>Today&apos;s totals</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="112"/>
        <source>持ち込み・在庫</source>
        <translation>Check-in and stock</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="113"/>
        <source>販売日</source>
        <translation>Sales days</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="116"/>
        <source>事業所・商品・会場</source>
        <translation>Workshops, products, venues</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="118"/>
        <source>報告書・分析</source>
        <translation>Reports and analysis</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="126"/>
        <source>データベース: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="145"/>
        <location filename="../../pos/ui/main_window.py" line="149"/>
        <source>持ち込み</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="147"/>
        <source>持ち込みの記録は、今日の販売を始めるとできます。</source>
        <translation>Stock can be checked in once today&apos;s sales have started.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="154"/>
        <source>事業所の在庫</source>
        <translation>Workshop stock</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="178"/>
        <source>活動記録</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="179"/>
        <source>月ごとの活動</source>
        <translation>Monthly activity</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="180"/>
        <source>年間報告書</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="181"/>
        <source>売上分析</source>
        <translation>Sales analysis</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="207"/>
        <source>販売日(&amp;D)</source>
        <translation>Sales &amp;day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="208"/>
        <source>今日の販売を始める</source>
        <translation>Start today&apos;s sales</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="213"/>
        <source>別のブースのデータを取り込む…</source>
        <translation>Merge another booth’s data…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="216"/>
        <source>設定(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="217"/>
        <source>設定・PIN・操作の記録…</source>
        <translation>Settings, PIN and audit log…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="218"/>
        <source>コーディネーターをロック</source>
        <translation>Lock coordinator actions</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="220"/>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="231"/>
        <source>ハイコントラスト</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="236"/>
        <source>言語 / Language</source>
        <translation>Language / 言語</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="301"/>
        <source>&#x3000;※締められていない販売日です</source>
        <translation>  ※ This sales day has not been closed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="305"/>
        <source>取引 %1件&#x3000;売上 %2&#x3000;取消 %3件&#x3000;出店 %4事業所</source>
        <translation>Sales: %1  Total: %2  Voided: %3  Workshops: %4</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="311"/>
        <source>営業中の販売日はありません</source>
        <translation>No sales day is open</translation>
    </message>
</context>
<context>
    <name>MasterDataWidget</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="437"/>
        <source>事業所</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="438"/>
        <source>商品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="439"/>
        <source>会場</source>
        <translation>Venues</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="40"/>
        <source>他のレジの記録を取り込む</source>
        <translation>Import records from another register</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="44"/>
        <source>別のレジで書き出したファイル（pos export）か、別のレジのデータベースファイルを選んでください。取り込む前に内容を確認できます。選んだファイルは変更しません。</source>
        <translation>Choose a file exported on another register (pos export) or another register&apos;s database file. You can check the contents before importing. The chosen file is not changed.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="48"/>
        <source>ファイルを選ぶ…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="50"/>
        <source>（ファイル未選択）</source>
        <translation>(no file chosen)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="62"/>
        <source>取り込む</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="64"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="77"/>
        <source>取り込めません。何も変更していません。</source>
        <translation>Cannot import. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="82"/>
        <source>取り込むファイル</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="82"/>
        <source>Booth POSのファイル (*.db *.sqlite);;すべてのファイル (*)</source>
        <translation>Booth POS files (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="100"/>
        <source>取り込み元で取り消された取引（取り込むにはコーディネーターの確認が必要です）:</source>
        <translation>Sales voided in the file (merging them needs the coordinator&apos;s consent):</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="105"/>
        <source>このファイルの記録はすべて取り込み済みです。</source>
        <translation>All records in this file have already been imported.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="108"/>
        <source>内容を確認して「取り込む」を押してください。</source>
        <translation>Check the contents, then press &quot;Import&quot;.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="119"/>
        <source>取り込み元の取消を反映</source>
        <translation>Apply the file&apos;s voids</translation>
    </message>
    <message>
        <location filename="../../pos/ui/merge_dialog.py" line="130"/>
        <source>取り込みました。</source>
        <translation>Imported.</translation>
    </message>
</context>
<context>
    <name>OpenDayDialog</name>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="54"/>
        <source>販売日を始める</source>
        <translation>Start a sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="65"/>
        <source>例: レジ1、レジ2</source>
        <translation>e.g. Till 1, Till 2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="77"/>
        <source>（他区ゲスト）</source>
        <translation> (guest from another ward)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="87"/>
        <source>合計で入力</source>
        <translation>Enter the total</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="88"/>
        <source>金種ごとに数える</source>
        <translation>Count by denomination</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="116"/>
        <location filename="../../pos/ui/open_day_dialog.py" line="161"/>
        <source>販売を始める</source>
        <translation>Start selling</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="125"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="126"/>
        <source>このパソコンのレジ</source>
        <translation>This laptop&apos;s till</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="127"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="133"/>
        <source>釣銭準備金</source>
        <translation>Change fund</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="137"/>
        <source>出店する事業所（タップまたはスペースで選択）</source>
        <translation>Workshops taking part (tap or press Space to select)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="165"/>
        <source>この会場の販売日はすでに開いています（レジ: %1、出店 %2事業所）。このパソコンはレジとして参加します。</source>
        <translation>This venue&apos;s sales day is already open (tills: %1, %2 workshops). This laptop joins it as a till.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="174"/>
        <source>この販売日に参加する</source>
        <translation>Join this sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="181"/>
        <source>%1事業所を選択</source>
        <translation>Workshops selected: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="209"/>
        <source>会場が登録されていません</source>
        <translation>No venues registered</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="49"/>
        <source>お会計</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="52"/>
        <source>お会計 %1</source>
        <translation>Total due %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="71"/>
        <source>現金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="73"/>
        <source>お預かり</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="85"/>
        <source>お釣り</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="87"/>
        <source>現金で確定 (Enter)</source>
        <translation>Confirm cash (Enter)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="93"/>
        <source>キャッシュレス（端末で決済してから押す）</source>
        <translation>Cashless (press after paying on the terminal)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="96"/>
        <source>一部をキャッシュレス、残りを現金</source>
        <translation>Part cashless, rest in cash</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="117"/>
        <source>戻る (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="189"/>
        <source>%1 %2 支払済み&#x3000;現金で残り %3</source>
        <translation>%1 %2 paid  Rest in cash: %3</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="201"/>
        <source>お預かり金額を入力してください（ちょうどは F5）</source>
        <translation>Enter the amount received (exact amount: F5)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="210"/>
        <source>キャッシュレスの一部払いは合計より少ない金額にしてください</source>
        <translation>The cashless part must be less than the total</translation>
    </message>
</context>
<context>
    <name>PdfActionsDialog</name>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="139"/>
        <source>PDFを作成しています…</source>
        <extracomment>Background jobs still running: kept here, not on the dialog, so closing the dialog early is safe.</extracomment>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="143"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="144"/>
        <source>PDFを保存…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="145"/>
        <source>ビューアで開く</source>
        <translation>Open in viewer</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="146"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="180"/>
        <source>%1 ができました。</source>
        <translation>%1 is ready.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="191"/>
        <source>PDFを作れませんでした: %1</source>
        <translation>Could not make the PDF: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="207"/>
        <source>印刷</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="213"/>
        <source>印刷しています…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="224"/>
        <source>印刷に送りました（%1ページ）。</source>
        <translation>Sent to the printer (pages: %1).</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="232"/>
        <source>PDFを保存</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="232"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="243"/>
        <source>保存しました: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="253"/>
        <source>ビューアで開きました: %1</source>
        <translation>Opened in the viewer: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="255"/>
        <source>ビューアを開けませんでした。PDFはここにあります: %1</source>
        <translation>Could not open a viewer. The PDF is here: %1</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="39"/>
        <source>コーディネーターの確認</source>
        <translation>Coordinator check</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="40"/>
        <source>「%1」にはコーディネーターPINが必要です</source>
        <translation>&quot;%1&quot; needs the coordinator PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="47"/>
        <source>例: 山田</source>
        <translation>e.g. Yamada</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="57"/>
        <source>担当者(&amp;N)</source>
        <translation>Person i&amp;n charge</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="58"/>
        <source>PIN(&amp;P)</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="75"/>
        <source>確認</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="79"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos/ui/pin_dialog.py" line="105"/>
        <source>担当者の名前を入力してください</source>
        <translation>Enter the name of the person in charge</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="208"/>
        <source>商品を編集</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="208"/>
        <source>商品を追加</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="215"/>
        <source>（休止中）</source>
        <translation> (suspended)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="219"/>
        <source>事業所(&amp;W)</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="220"/>
        <source>商品名(&amp;N)</source>
        <translation>Product &amp;name</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="222"/>
        <source>よみがな(&amp;K)</source>
        <translation>&amp;Kana reading</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="222"/>
        <source>ひらがなで（検索に使います）</source>
        <translation>In hiragana (used for search)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="225"/>
        <source>価格（税込、円）(&amp;P)</source>
        <translation>&amp;Price (yen, incl. tax)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="225"/>
        <source>例: 300</source>
        <translation>e.g. 300</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="228"/>
        <source>8%（軽減税率：持ち帰りの飲食料品）※</source>
        <translation>8% (reduced rate: take-away food and drink) ※</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="229"/>
        <source>10%（標準税率：雑貨・工芸品など）</source>
        <translation>10% (standard rate: goods, crafts, etc.)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="231"/>
        <source>税率(&amp;R)</source>
        <translation>Tax &amp;rate</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="232"/>
        <source>消費期限・賞味期限がある（食品など）(&amp;E)</source>
        <translation>Has an &amp;expiry date (use-by / best-before, e.g. food)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="236"/>
        <source>日持ち（日数）(&amp;D)</source>
        <translation>Shelf life (&amp;days)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="242"/>
        <source>商品コード(&amp;Q)</source>
        <translation>Product &amp;code</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="242"/>
        <source>空欄なら自動で付けます（P0001…）</source>
        <translation>Leave blank to assign one automatically (P0001…)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="243"/>
        <source>値札のQRコードの中身です。変えると、印刷済みの値札は読めなくなります</source>
        <translation>This is what the QR code on the price label holds. If you change it, labels already printed can no longer be scanned</translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="238"/>
        <source>コード</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="239"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="240"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="241"/>
        <source>価格（税込）</source>
        <translation>Price (incl. tax)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="242"/>
        <source>税率</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="243"/>
        <source>日持ち</source>
        <translation>Shelf life</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="243"/>
        <source>%1日</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="245"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="245"/>
        <source>販売停止中</source>
        <translation>Not on sale</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="249"/>
        <source>事業所(&amp;W)</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="255"/>
        <source>追加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="256"/>
        <source>編集(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="257"/>
        <location filename="../../pos/ui/master_data.py" line="291"/>
        <source>販売停止にする(&amp;S)</source>
        <translation>&amp;Stop selling</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="258"/>
        <source>値札を作る(&amp;L)…</source>
        <translation>Make price &amp;labels…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="260"/>
        <source>CSVに書き出す(&amp;X)…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="261"/>
        <source>CSVから取り込む(&amp;I)…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="268"/>
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
        <location filename="../../pos/ui/master_data.py" line="299"/>
        <source>商品の編集</source>
        <translation>Edit a product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="305"/>
        <source>商品の販売停止・再開</source>
        <translation>Stop or resume selling a product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="311"/>
        <source>「%1」の販売を再開しました</source>
        <translation>&quot;%1&quot; is on sale again</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="312"/>
        <source>「%1」を販売停止にしました（販売の記録は残ります）</source>
        <translation>&quot;%1&quot; taken off sale (its sales records are kept)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="324"/>
        <source>商品をCSVに書き出す</source>
        <translation>Export products to CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="327"/>
        <source>商品 %1件を書き出しました: %2</source>
        <translation>Exported %1 product(s): %2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="331"/>
        <source>商品のCSV取り込み</source>
        <translation>Import products from CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="333"/>
        <source>商品のCSVを取り込む</source>
        <translation>Import products from CSV</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="80"/>
        <source>スキャン、または商品名・かなで検索 (F1)</source>
        <translation>Scan, or search by name or kana (F1)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="131"/>
        <source>－ (F3)</source>
        <translation>− (F3)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="132"/>
        <source>＋ (F2)</source>
        <translation>+ (F2)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="133"/>
        <source>行を削除 (Del)</source>
        <translation>Remove line (Del)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="134"/>
        <source>クリア (F4)</source>
        <translation>Clear (F4)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="135"/>
        <source>お会計 (F9)</source>
        <translation>Pay (F9)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="138"/>
        <source>レシート (F7)</source>
        <translation>Receipt (F7)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="139"/>
        <source>直前の取引を取消 (F8)</source>
        <translation>Void last sale (F8)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="250"/>
        <location filename="../../pos/ui/register_screen.py" line="278"/>
        <source>追加しました</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="254"/>
        <source>「%1」に当てはまる商品はありません</source>
        <translation>No product matches &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="319"/>
        <source>%1 を削除しました（元に戻す: Ctrl+Z）</source>
        <translation>Removed %1 (undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="327"/>
        <source>カートを空にしました（元に戻す: Ctrl+Z）</source>
        <translation>Cart cleared (undo: Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="339"/>
        <source>元に戻しました</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="344"/>
        <source>合計 %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="345"/>
        <source>%1点</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="370"/>
        <source>商品が入っていません</source>
        <translation>The cart is empty</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="386"/>
        <source>No.%1 を記録しました</source>
        <translation>Sale No.%1 recorded</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="394"/>
        <source>直前の取引: なし</source>
        <translation>Last sale: none</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="396"/>
        <source>直前の取引 No.%1&#x3000;%2&#x3000;%3</source>
        <translation>Last sale No.%1  %2  %3</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="399"/>
        <source>&#x3000;【取消済み: %1】</source>
        <translation>  [Voided: %1]</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="401"/>
        <source>
お預かり %1&#x3000;お釣り %2</source>
        <translation>
Received %1  Change %2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="408"/>
        <source>取り消せる直前の取引はありません</source>
        <translation>There is no last sale to void</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="410"/>
        <location filename="../../pos/ui/register_screen.py" line="415"/>
        <source>取引の取消</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="416"/>
        <source>No.%1（%2）を取り消します。理由:</source>
        <translation>Void sale No.%1 (%2). Reason:</translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="431"/>
        <source>No.%1 を取り消しました</source>
        <translation>Sale No.%1 voided</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="267"/>
        <source>販売日の再開</source>
        <translation>Reopen sales day</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="271"/>
        <source>締め済みの販売日を営業中に戻します。精算の結果は取り消され、もう一度精算が必要です。再開の理由は記録に残ります。</source>
        <translation>This puts a closed sales day back to open. The day-end close is cancelled and must be done again. The reason for reopening is kept on record.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="276"/>
        <source>例: 精算後に売上の打ち漏れが見つかった</source>
        <translation>e.g. a sale that was not rung up was found after closing</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="281"/>
        <source>再開の理由（必須）</source>
        <translation>Reason for reopening (required)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="282"/>
        <source>担当者</source>
        <translation>Reopened by</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="284"/>
        <source>この販売日は締め済みではありません。</source>
        <translation>This sales day is not closed.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="289"/>
        <source>再開する</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="293"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="47"/>
        <location filename="../../pos/ui/settings_dialog.py" line="219"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="49"/>
        <source>ブース</source>
        <translation>Booth</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="50"/>
        <source>コーディネーターPIN</source>
        <translation>Coordinator PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="51"/>
        <source>操作の記録</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="53"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="71"/>
        <source>（任意）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="73"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="94"/>
        <source>設定の変更</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="103"/>
        <source>保存しました</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="103"/>
        <source>変更はありません</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="111"/>
        <source>PINの登録・変更（%1〜%2桁の数字）</source>
        <translation>Set or change the PIN (%1–%2 digits)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="117"/>
        <source>今のPIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="118"/>
        <location filename="../../pos/ui/settings_dialog.py" line="189"/>
        <source>担当者</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="120"/>
        <source>新しいPIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="121"/>
        <source>新しいPIN（確認）</source>
        <translation>New PIN (again)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="125"/>
        <source>今すぐロックする</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="150"/>
        <source>PINは登録済みです。取消・精算・再開・設定・マスタの変更にはPINが必要です。</source>
        <translation>A PIN is set. Voids, day-end close, reopening, and changes to settings or master data need the PIN.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="151"/>
        <source>コーディネーターPINが未設定です。登録するまで、取消・精算などはPINなしでできます。</source>
        <translation>No coordinator PIN is set. Until one is set, voids, day-end close and so on work without a PIN.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="155"/>
        <source>PINを変更する</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="155"/>
        <source>PINを登録する</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="177"/>
        <source>PINを変更しました</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="177"/>
        <source>PINを登録しました</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="181"/>
        <source>ロックしました。次の操作ではPINが必要です</source>
        <translation>Locked. The next action will need the PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="189"/>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="189"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="189"/>
        <source>対象</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="189"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../pos/ui/settings_dialog.py" line="196"/>
        <source>新しい順に最大%1件</source>
        <translation>Newest first, up to %1 entries</translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="291"/>
        <source>会場を編集</source>
        <translation>Edit venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="291"/>
        <source>会場を追加</source>
        <translation>Add venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="294"/>
        <source>会場名(&amp;N)</source>
        <translation>Venue &amp;name</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="296"/>
        <source>報告書での名称(&amp;L)</source>
        <translation>Name in &amp;reports</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="297"/>
        <source>月ごとの活動報告で、この名称ごとに販売日をまとめます。空欄なら会場名と同じ</source>
        <translation>Sales days are grouped under this name in the monthly activity report. If blank, the venue name is used</translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="363"/>
        <source>順</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="364"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="365"/>
        <source>報告書での名称</source>
        <translation>Name in reports</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="366"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="366"/>
        <source>使用停止中</source>
        <translation>Not in use</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="368"/>
        <source>追加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="369"/>
        <source>編集(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="370"/>
        <location filename="../../pos/ui/master_data.py" line="390"/>
        <source>使用停止にする(&amp;S)</source>
        <translation>&amp;Stop using</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="372"/>
        <source>↑ 上へ(&amp;U)</source>
        <translation>↑ &amp;Up</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="373"/>
        <source>↓ 下へ(&amp;D)</source>
        <translation>↓ &amp;Down</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="390"/>
        <source>使用を再開する(&amp;S)</source>
        <translation>Re&amp;sume using</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="394"/>
        <source>会場の追加</source>
        <translation>Add a venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="398"/>
        <source>会場の編集</source>
        <translation>Edit a venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="404"/>
        <source>会場の使用停止・再開</source>
        <translation>Stop or resume using a venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="414"/>
        <source>会場の並べ替え</source>
        <translation>Reorder venues</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="165"/>
        <source>事業所を編集</source>
        <translation>Edit workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="165"/>
        <source>事業所を追加</source>
        <translation>Add workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="169"/>
        <source>事業所名(&amp;N)</source>
        <translation>Workshop &amp;name</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="171"/>
        <source>よみがな(&amp;K)</source>
        <translation>&amp;Kana reading</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="171"/>
        <source>ひらがなで（並べ替え・検索用）</source>
        <translation>In hiragana (for sorting and search)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="176"/>
        <source>構成機関の区分(&amp;C)</source>
        <translation>Member &amp;category</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="177"/>
        <source>色(&amp;O)</source>
        <translation>C&amp;olour</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="179"/>
        <source>加入日(&amp;J)</source>
        <translation>Date &amp;joined</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="183"/>
        <source>登録番号(&amp;T)</source>
        <translation>Invoice &amp;T-number</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="184"/>
        <source>適格請求書発行事業者の登録番号。登録していない事業所は空欄のまま（レシートに何も印字しません）</source>
        <translation>Registration number as a qualified invoice issuer. Leave blank if the workshop is not registered (nothing is printed on receipts)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="186"/>
        <source>他区からのゲスト（部会の構成員ではない）(&amp;G)</source>
        <translation>&amp;Guest from another ward (not a member)</translation>
    </message>
</context>
<context>
    <name>WorkshopStockView</name>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="90"/>
        <source>（本日出店）</source>
        <translation> (here today)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="92"/>
        <source>事業所(&amp;W)</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="101"/>
        <location filename="../../pos/ui/workshop_stock.py" line="172"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="102"/>
        <source>期限</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="104"/>
        <location filename="../../pos/ui/workshop_stock.py" line="137"/>
        <source>持込</source>
        <translation>Brought</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="105"/>
        <location filename="../../pos/ui/workshop_stock.py" line="138"/>
        <source>販売</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="106"/>
        <source>持ち帰り等</source>
        <translation>Taken back etc.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="107"/>
        <source>残り</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="108"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="109"/>
        <source>記録時刻</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="117"/>
        <source>販売日がありません（持ち込みは販売日を始めてから記録します）</source>
        <translation>No sales day (stock is checked in after a sales day is started)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="122"/>
        <source>色: 橙 = 本日期限、黄 = 明日期限、赤 = 期限切れ（販売できません）</source>
        <translation>Colours: orange = expires today, yellow = expires tomorrow, red = expired (cannot be sold)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="134"/>
        <location filename="../../pos/ui/workshop_stock.py" line="185"/>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="135"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="136"/>
        <source>日数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="139"/>
        <source>販売率</source>
        <translation>Sold %</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="140"/>
        <source>売れ残り</source>
        <translation>Unsold</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="141"/>
        <source>持ち帰り</source>
        <translation>Taken back</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="142"/>
        <source>廃棄</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="143"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="144"/>
        <source>未記録</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="147"/>
        <source>全事業所をCSVに書き出す…</source>
        <translation>Export all workshops to CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="152"/>
        <source>年度</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="173"/>
        <source>おすすめ</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="173"/>
        <source>%1個</source>
        <translation>%1 pcs</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="175"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="192"/>
        <source>売り切れた日は、売れるペースを閉店まで延ばして需要を推定し（持込数の2倍まで）、直近8回の中央値をおすすめします。売れ残りと売り逃しを同じ重みで減らす数です。</source>
        <translation>On days that sold out, demand is estimated by extending the selling pace to closing time (up to twice the quantity brought); the suggestion is the median of the last 8 sales days. It weighs unsold items and missed sales equally.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="200"/>
        <source>本日のロット</source>
        <translation>Today&apos;s stock</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="201"/>
        <source>売れ残り・廃棄の履歴</source>
        <translation>Unsold and disposed history</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="202"/>
        <source>次回の持込数</source>
        <translation>How many to bring next time</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="239"/>
        <source>この事業所の持ち込みは記録されていません（「持ち込み」で記録）</source>
        <translation>No stock checked in for this workshop (record it on the &quot;Check-in&quot; tab)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="243"/>
        <source>持込 %1個&#x3000;販売 %2個&#x3000;残り %3個</source>
        <translation>Brought: %1  Sold: %2  Left: %3</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="246"/>
        <source>&#x3000;本日期限 %1個</source>
        <translation>  Expiring today: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="248"/>
        <source>&#x3000;期限切れ %1個</source>
        <translation>  Expired: %1</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="266"/>
        <source>この年度の記録はありません</source>
        <translation>No records for this fiscal year</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="283"/>
        <source>CSVに書き出す</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="283"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="293"/>
        <source>書き出しました: %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopsPanel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="168"/>
        <source>色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="169"/>
        <source>事業所</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="170"/>
        <source>よみがな</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="171"/>
        <source>区分</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="172"/>
        <source>加入日</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="173"/>
        <source>ゲスト</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="173"/>
        <source>他区</source>
        <translation>Other ward</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="174"/>
        <source>登録番号</source>
        <translation>T-number</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="175"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="175"/>
        <source>休止中</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="177"/>
        <source>追加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="178"/>
        <source>編集(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="179"/>
        <location filename="../../pos/ui/master_data.py" line="193"/>
        <source>休止にする(&amp;S)</source>
        <translation>&amp;Suspend</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="181"/>
        <source>CSVに書き出す(&amp;X)…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="182"/>
        <source>CSVから取り込む(&amp;I)…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="193"/>
        <source>再開する(&amp;S)</source>
        <translation>Re&amp;sume</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="197"/>
        <source>事業所の追加</source>
        <translation>Add a workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="201"/>
        <source>事業所の編集</source>
        <translation>Edit a workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="207"/>
        <source>事業所の休止・再開</source>
        <translation>Suspend or resume a workshop</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="213"/>
        <source>「%1」を再開しました</source>
        <translation>&quot;%1&quot; resumed</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="214"/>
        <source>「%1」を休止にしました（販売の記録は残ります）</source>
        <translation>&quot;%1&quot; suspended (its sales records are kept)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="219"/>
        <source>事業所をCSVに書き出す</source>
        <translation>Export workshops to CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="222"/>
        <source>事業所 %1件を書き出しました: %2</source>
        <translation>Exported %1 workshop(s): %2</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="226"/>
        <source>事業所のCSV取り込み</source>
        <translation>Import workshops from CSV</translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="228"/>
        <source>事業所のCSVを取り込む</source>
        <translation>Import workshops from CSV</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="151"/>
        <source>保存しました: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="350"/>
        <source>ファイルを読めません: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
</context>
</TS>
