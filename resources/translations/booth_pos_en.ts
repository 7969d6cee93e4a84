<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="65"/>
        <source>精算（Z）— レジ締め</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="71"/>
        <source>この販売日はすでに締め済みです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="80"/>
        <source>精算（Z）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="82"/>
        <source>締め作業中は販売・取消ができません。キャンセルすると販売を再開できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="86"/>
        <source>金種別の枚数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="96"/>
        <source>%1円の枚数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="105"/>
        <location filename="../../pos/ui/close_dialog.py" line="131"/>
        <source>合計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="110"/>
        <source>現金の照合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="112"/>
        <source>釣銭準備金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="113"/>
        <source>現金お預り</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="114"/>
        <source>お釣り</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="116"/>
        <source>予定現金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="118"/>
        <source>実際の現金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="120"/>
        <source>過不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="122"/>
        <source>キャッシュレス（決済端末の日計票と照合）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos/ui/close_dialog.py" line="126"/>
        <source>%n件</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="130"/>
        <source>キャッシュレスの支払いはありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="135"/>
        <source>取引 %1件&#x3000;取消 %2件&#x3000;売上合計 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="141"/>
        <source>過不足があるときはその理由（例: 釣銭の渡し間違い）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="145"/>
        <source>締めた人の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="147"/>
        <source>過不足の理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="148"/>
        <source>締め担当者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="156"/>
        <source>精算する（販売日を締める）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="161"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="207"/>
        <source>一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="207"/>
        <source>過剰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="207"/>
        <source>不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="212"/>
        <source>過不足があります。理由を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="68"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="69"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="63"/>
        <source>値札（QRコード）を作る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="74"/>
        <source>すべての事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="79"/>
        <source>事業所(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="84"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="84"/>
        <source>コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="84"/>
        <source>価格（税込）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="84"/>
        <source>枚数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="99"/>
        <source>表示中をすべて選ぶ(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="100"/>
        <source>選択をすべて外す(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="107"/>
        <source>用紙(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="117"/>
        <source>PDFを保存(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="120"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="230"/>
        <source>選択 %1商品・%2枚（%3で%4ページ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="243"/>
        <source>値札のPDFを保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="249"/>
        <source>PDFを作っています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="259"/>
        <source>保存しました: %1（%2枚・%3ページ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="269"/>
        <source>PDFを保存できませんでした: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos/ui/main_window.py" line="56"/>
        <source>Booth POS — 自主製品販売ブース</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="66"/>
        <location filename="../../pos/ui/main_window.py" line="82"/>
        <location filename="../../pos/ui/main_window.py" line="91"/>
        <location filename="../../pos/ui/main_window.py" line="116"/>
        <source>事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="67"/>
        <source>点数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="68"/>
        <location filename="../../pos/ui/main_window.py" line="78"/>
        <source>売上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="69"/>
        <source>現金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="70"/>
        <source>キャッシュレス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="73"/>
        <source>日付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="74"/>
        <source>会場</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="75"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="76"/>
        <source>出店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="77"/>
        <source>取引数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="81"/>
        <source>色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="83"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="84"/>
        <source>加入日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="85"/>
        <source>ゲスト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="85"/>
        <source>他区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="86"/>
        <source>登録番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="89"/>
        <source>コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="90"/>
        <location filename="../../pos/ui/main_window.py" line="117"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="92"/>
        <source>価格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="93"/>
        <source>税率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="94"/>
        <source>日持ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos/ui/main_window.py" line="94"/>
        <source>%n日</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="105"/>
        <source>今日の販売を始める (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="113"/>
        <source>レジ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="114"/>
        <source>本日の集計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="115"/>
        <source>販売日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="124"/>
        <source>データベース: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="133"/>
        <source>販売日(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="134"/>
        <source>今日の販売を始める</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="140"/>
        <source>表示(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="151"/>
        <source>ハイコントラスト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="156"/>
        <source>言語 / Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="209"/>
        <source>&#x3000;※締められていない販売日です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="213"/>
        <source>取引 %1件&#x3000;売上 %2&#x3000;取消 %3件&#x3000;出店 %4事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="219"/>
        <source>営業中の販売日はありません</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterDataWidget</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="380"/>
        <source>事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="381"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="382"/>
        <source>会場</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDayDialog</name>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="45"/>
        <source>販売日を始める</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="56"/>
        <source>（他区ゲスト）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="65"/>
        <source>合計で入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="66"/>
        <source>金種ごとに数える</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="94"/>
        <source>販売を始める</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="103"/>
        <source>日付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="104"/>
        <source>会場</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="109"/>
        <source>釣銭準備金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="113"/>
        <source>出店する事業所（タップまたはスペースで選択）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="125"/>
        <source>%1事業所を選択</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="153"/>
        <source>会場が登録されていません</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="49"/>
        <source>お会計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="52"/>
        <source>お会計 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="71"/>
        <source>現金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="73"/>
        <source>お預かり</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="85"/>
        <source>お釣り</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="87"/>
        <source>現金で確定 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="93"/>
        <source>キャッシュレス（端末で決済してから押す）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="96"/>
        <source>一部をキャッシュレス、残りを現金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="117"/>
        <source>戻る (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="189"/>
        <source>%1 %2 支払済み&#x3000;現金で残り %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="201"/>
        <source>お預かり金額を入力してください（ちょうどは F5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="210"/>
        <source>キャッシュレスの一部払いは合計より少ない金額にしてください</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfActionsDialog</name>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="138"/>
        <source>PDFを作成しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="142"/>
        <source>印刷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="143"/>
        <source>PDFを保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="144"/>
        <source>ビューアで開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="145"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="170"/>
        <source>%1 ができました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="181"/>
        <source>PDFを作れませんでした: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="197"/>
        <source>印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="203"/>
        <source>印刷しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="214"/>
        <source>印刷に送りました（%1ページ）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="222"/>
        <source>PDFを保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="222"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="233"/>
        <source>保存しました: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="243"/>
        <source>ビューアで開きました: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="245"/>
        <source>ビューアを開けませんでした。PDFはここにあります: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="208"/>
        <source>商品を編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="208"/>
        <source>商品を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="215"/>
        <source>（休止中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="219"/>
        <source>事業所(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="220"/>
        <source>商品名(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="222"/>
        <source>よみがな(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="222"/>
        <source>ひらがなで（検索に使います）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="225"/>
        <source>価格（税込、円）(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="225"/>
        <source>例: 300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="228"/>
        <source>8%（軽減税率：持ち帰りの飲食料品）※</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="229"/>
        <source>10%（標準税率：雑貨・工芸品など）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="231"/>
        <source>税率(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="232"/>
        <source>消費期限・賞味期限がある（食品など）(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="236"/>
        <source>日持ち（日数）(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="242"/>
        <source>商品コード(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="242"/>
        <source>空欄なら自動で付けます（P0001…）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="243"/>
        <source>値札のQRコードの中身です。変えると、印刷済みの値札は読めなくなります</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="206"/>
        <source>コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="207"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="208"/>
        <source>事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="209"/>
        <source>価格（税込）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="210"/>
        <source>税率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="211"/>
        <source>日持ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="211"/>
        <source>%1日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="213"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="213"/>
        <source>販売停止中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="217"/>
        <source>事業所(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="223"/>
        <source>追加(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="224"/>
        <source>編集(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="225"/>
        <location filename="../../pos/ui/master_data.py" line="259"/>
        <source>販売停止にする(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="226"/>
        <source>値札を作る(&amp;L)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="228"/>
        <source>CSVに書き出す(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="229"/>
        <source>CSVから取り込む(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="236"/>
        <source>すべての事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="238"/>
        <source>（休止中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="259"/>
        <source>販売を再開する(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="275"/>
        <source>「%1」の販売を再開しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="276"/>
        <source>「%1」を販売停止にしました（販売の記録は残ります）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="287"/>
        <source>商品をCSVに書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="290"/>
        <source>商品 %1件を書き出しました: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="294"/>
        <source>商品のCSVを取り込む</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="76"/>
        <source>スキャン、または商品名・かなで検索 (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="125"/>
        <source>－ (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="126"/>
        <source>＋ (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="127"/>
        <source>行を削除 (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="128"/>
        <source>クリア (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="129"/>
        <source>お会計 (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="132"/>
        <source>レシート (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="133"/>
        <source>直前の取引を取消 (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="243"/>
        <location filename="../../pos/ui/register_screen.py" line="271"/>
        <source>追加しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="247"/>
        <source>「%1」に当てはまる商品はありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="312"/>
        <source>%1 を削除しました（元に戻す: Ctrl+Z）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="320"/>
        <source>カートを空にしました（元に戻す: Ctrl+Z）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="332"/>
        <source>元に戻しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="337"/>
        <source>合計 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="338"/>
        <source>%1点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="362"/>
        <source>商品が入っていません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="375"/>
        <source>No.%1 を記録しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="383"/>
        <source>直前の取引: なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="385"/>
        <source>直前の取引 No.%1&#x3000;%2&#x3000;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="388"/>
        <source>&#x3000;【取消済み: %1】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="390"/>
        <source>
お預かり %1&#x3000;お釣り %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="397"/>
        <source>取り消せる直前の取引はありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="400"/>
        <source>取引の取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="401"/>
        <source>No.%1（%2）を取り消します。理由:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="414"/>
        <source>No.%1 を取り消しました</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="262"/>
        <source>販売日の再開</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="266"/>
        <source>締め済みの販売日を営業中に戻します。精算の結果は取り消され、もう一度精算が必要です。再開の理由は記録に残ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="271"/>
        <source>例: 精算後に売上の打ち漏れが見つかった</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="276"/>
        <source>再開の理由（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="277"/>
        <source>担当者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="279"/>
        <source>この販売日は締め済みではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="284"/>
        <source>再開する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/close_dialog.py" line="288"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="291"/>
        <source>会場を編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="291"/>
        <source>会場を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="294"/>
        <source>会場名(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="296"/>
        <source>報告書での名称(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="297"/>
        <source>月ごとの活動報告で、この名称ごとに販売日をまとめます。空欄なら会場名と同じ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenuesPanel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="319"/>
        <source>順</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="320"/>
        <source>会場</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="321"/>
        <source>報告書での名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="322"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="322"/>
        <source>使用停止中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="324"/>
        <source>追加(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="325"/>
        <source>編集(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="326"/>
        <location filename="../../pos/ui/master_data.py" line="346"/>
        <source>使用停止にする(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="328"/>
        <source>↑ 上へ(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="329"/>
        <source>↓ 下へ(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="346"/>
        <source>使用を再開する(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="165"/>
        <source>事業所を編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="165"/>
        <source>事業所を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="169"/>
        <source>事業所名(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="171"/>
        <source>よみがな(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="171"/>
        <source>ひらがなで（並べ替え・検索用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="176"/>
        <source>構成機関の区分(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="177"/>
        <source>色(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="179"/>
        <source>加入日(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="183"/>
        <source>登録番号(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="184"/>
        <source>適格請求書発行事業者の登録番号。登録していない事業所は空欄のまま（レシートに何も印字しません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_forms.py" line="186"/>
        <source>他区からのゲスト（部会の構成員ではない）(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsPanel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="144"/>
        <source>色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="145"/>
        <source>事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="146"/>
        <source>よみがな</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="147"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="148"/>
        <source>加入日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="149"/>
        <source>ゲスト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="149"/>
        <source>他区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="150"/>
        <source>登録番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="151"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="151"/>
        <source>休止中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="153"/>
        <source>追加(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="154"/>
        <source>編集(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="155"/>
        <location filename="../../pos/ui/master_data.py" line="169"/>
        <source>休止にする(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="157"/>
        <source>CSVに書き出す(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="158"/>
        <source>CSVから取り込む(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="169"/>
        <source>再開する(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="185"/>
        <source>「%1」を再開しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="186"/>
        <source>「%1」を休止にしました（販売の記録は残ります）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="191"/>
        <source>事業所をCSVに書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="194"/>
        <source>事業所 %1件を書き出しました: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="198"/>
        <source>事業所のCSVを取り込む</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="129"/>
        <source>保存しました: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="309"/>
        <source>ファイルを読めません: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="71"/>
        <source>点検（X）を印刷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="72"/>
        <source>精算（Z）・レジ締め…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="73"/>
        <source>精算（Z）を再印刷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/day_actions.py" line="74"/>
        <source>締めた販売日を再開…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
