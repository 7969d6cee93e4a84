<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../pos/ui/check_in.py" line="79"/>
        <source>持ち込みの記録&#x3000;%1&#x3000;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="89"/>
        <source>事業所(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="107"/>
        <source>記録 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="121"/>
        <source>持ってきた数と期限を入力して「記録」を押してください。期限は日持ちから自動で入ります（違うときだけ直す）。あとから追加で持ち込んだときも、ここで記録できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="130"/>
        <source>この販売日には出店事業所がありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="157"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="157"/>
        <source>価格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="157"/>
        <source>記録済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="157"/>
        <source>持込数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="158"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="168"/>
        <source>販売中の商品がありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="172"/>
        <source>（日持ち%1日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="179"/>
        <source>%1の持込数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="188"/>
        <source>%1の期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="194"/>
        <source>なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="243"/>
        <source>持込数を入力してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="250"/>
        <source>%1: %2品目 %3個を記録しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/check_in.py" line="255"/>
        <source>。期限切れのため販売できません: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>DispositionsDialog</name>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="69"/>
        <source>売れ残りの記録（締めの前に）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="73"/>
        <source>消費期限のある商品の売れ残りです。廃棄した数、その他（寄贈など）の数を入れてください。残りは各事業所の持ち帰りとして記録され、精算票に載ります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="80"/>
        <source>事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="80"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="80"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="80"/>
        <source>残り</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="81"/>
        <source>持ち帰り</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="81"/>
        <source>廃棄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="81"/>
        <source>その他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="81"/>
        <source>その他の内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="98"/>
        <source>記録 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="101"/>
        <source>すべて持ち帰りで記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="103"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="130"/>
        <source>%1の廃棄数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="131"/>
        <source>%1のその他の数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="134"/>
        <source>例: 子ども食堂へ寄贈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="141"/>
        <source>（期限切れ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="159"/>
        <source>「%1」: 廃棄とその他の合計が残り（%2個）を超えています</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/dispositions_dialog.py" line="162"/>
        <source>「%1」: その他の内容（渡した先など）を入力してください</source>
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
        <location filename="../../pos/ui/label_dialog.py" line="75"/>
        <source>すべての事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="80"/>
        <source>事業所(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="85"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="85"/>
        <source>コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="85"/>
        <source>価格（税込）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="85"/>
        <source>枚数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="100"/>
        <source>表示中をすべて選ぶ(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="101"/>
        <source>選択をすべて外す(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="108"/>
        <source>用紙(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="118"/>
        <source>PDFを保存(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="121"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="231"/>
        <source>選択 %1商品・%2枚（%3で%4ページ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="244"/>
        <source>値札のPDFを保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="250"/>
        <source>PDFを作っています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="260"/>
        <source>保存しました: %1（%2枚・%3ページ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/label_dialog.py" line="270"/>
        <source>PDFを保存できませんでした: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos/ui/main_window.py" line="62"/>
        <source>Booth POS — 自主製品販売ブース</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="72"/>
        <source>事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="73"/>
        <source>点数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="74"/>
        <location filename="../../pos/ui/main_window.py" line="84"/>
        <source>売上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="75"/>
        <source>現金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="76"/>
        <source>キャッシュレス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="79"/>
        <source>日付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="80"/>
        <source>会場</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="81"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="82"/>
        <source>出店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="83"/>
        <source>取引数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="94"/>
        <source>今日の販売を始める (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="102"/>
        <source>レジ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="103"/>
        <source>本日の集計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="104"/>
        <source>販売日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="107"/>
        <source>事業所・商品・会場</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="109"/>
        <source>報告書・分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="117"/>
        <source>データベース: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="138"/>
        <source>活動記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="139"/>
        <source>月ごとの活動</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="140"/>
        <source>年間報告書</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="141"/>
        <source>売上分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="161"/>
        <source>販売日(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="162"/>
        <source>今日の販売を始める</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="169"/>
        <source>表示(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="180"/>
        <source>ハイコントラスト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="185"/>
        <source>言語 / Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="243"/>
        <source>&#x3000;※締められていない販売日です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="247"/>
        <source>取引 %1件&#x3000;売上 %2&#x3000;取消 %3件&#x3000;出店 %4事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="253"/>
        <source>営業中の販売日はありません</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterDataWidget</name>
    <message>
        <location filename="../../pos/ui/master_data.py" line="386"/>
        <source>事業所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="387"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="388"/>
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
        <location filename="../../pos/ui/open_day_dialog.py" line="66"/>
        <source>合計で入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="67"/>
        <source>金種ごとに数える</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="95"/>
        <source>販売を始める</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="104"/>
        <source>日付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="105"/>
        <source>会場</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="110"/>
        <source>釣銭準備金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="114"/>
        <source>出店する事業所（タップまたはスペースで選択）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="126"/>
        <source>%1事業所を選択</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/open_day_dialog.py" line="154"/>
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
        <location filename="../../pos/ui/print_actions.py" line="139"/>
        <source>PDFを作成しています…</source>
        <extracomment>Background jobs still running: kept here, not on the dialog, so closing the dialog early is safe.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="143"/>
        <source>印刷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="144"/>
        <source>PDFを保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="145"/>
        <source>ビューアで開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="146"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="174"/>
        <source>%1 ができました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="185"/>
        <source>PDFを作れませんでした: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="201"/>
        <source>印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="207"/>
        <source>印刷しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="218"/>
        <source>印刷に送りました（%1ページ）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="226"/>
        <source>PDFを保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="226"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="237"/>
        <source>保存しました: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="247"/>
        <source>ビューアで開きました: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/print_actions.py" line="249"/>
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
        <location filename="../../pos/ui/master_data.py" line="288"/>
        <source>商品をCSVに書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="291"/>
        <source>商品 %1件を書き出しました: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="295"/>
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
        <location filename="../../pos/ui/register_screen.py" line="127"/>
        <source>－ (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="128"/>
        <source>＋ (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="129"/>
        <source>行を削除 (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="130"/>
        <source>クリア (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="131"/>
        <source>お会計 (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="134"/>
        <source>レシート (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="135"/>
        <source>直前の取引を取消 (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="246"/>
        <location filename="../../pos/ui/register_screen.py" line="274"/>
        <source>追加しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="250"/>
        <source>「%1」に当てはまる商品はありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="315"/>
        <source>%1 を削除しました（元に戻す: Ctrl+Z）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="323"/>
        <source>カートを空にしました（元に戻す: Ctrl+Z）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="335"/>
        <source>元に戻しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="340"/>
        <source>合計 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="341"/>
        <source>%1点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="366"/>
        <source>商品が入っていません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="382"/>
        <source>No.%1 を記録しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="390"/>
        <source>直前の取引: なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="392"/>
        <source>直前の取引 No.%1&#x3000;%2&#x3000;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="395"/>
        <source>&#x3000;【取消済み: %1】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="397"/>
        <source>
お預かり %1&#x3000;お釣り %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="404"/>
        <source>取り消せる直前の取引はありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="407"/>
        <source>取引の取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="408"/>
        <source>No.%1（%2）を取り消します。理由:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/register_screen.py" line="421"/>
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
        <location filename="../../pos/ui/master_data.py" line="320"/>
        <source>順</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="321"/>
        <source>会場</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="322"/>
        <source>報告書での名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="323"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="323"/>
        <source>使用停止中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="325"/>
        <source>追加(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="326"/>
        <source>編集(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="327"/>
        <location filename="../../pos/ui/master_data.py" line="347"/>
        <source>使用停止にする(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="329"/>
        <source>↑ 上へ(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="330"/>
        <source>↓ 下へ(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/master_data.py" line="347"/>
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
    <name>WorkshopStockView</name>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="90"/>
        <source>（本日出店）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="92"/>
        <source>事業所(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="101"/>
        <location filename="../../pos/ui/workshop_stock.py" line="172"/>
        <source>商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="102"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="104"/>
        <location filename="../../pos/ui/workshop_stock.py" line="137"/>
        <source>持込</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="105"/>
        <location filename="../../pos/ui/workshop_stock.py" line="138"/>
        <source>販売</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="106"/>
        <source>持ち帰り等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="107"/>
        <source>残り</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="108"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="109"/>
        <source>記録時刻</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="117"/>
        <source>販売日がありません（持ち込みは販売日を始めてから記録します）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="122"/>
        <source>色: 橙 = 本日期限、黄 = 明日期限、赤 = 期限切れ（販売できません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="134"/>
        <location filename="../../pos/ui/workshop_stock.py" line="185"/>
        <source>会場</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="135"/>
        <source>月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="136"/>
        <source>日数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="139"/>
        <source>販売率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="140"/>
        <source>売れ残り</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="141"/>
        <source>持ち帰り</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="142"/>
        <source>廃棄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="143"/>
        <source>その他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="144"/>
        <source>未記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="147"/>
        <source>全事業所をCSVに書き出す…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="152"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="173"/>
        <source>おすすめ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="173"/>
        <source>%1個</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="175"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="192"/>
        <source>売り切れた日は、売れるペースを閉店まで延ばして需要を推定し（持込数の2倍まで）、直近8回の中央値をおすすめします。売れ残りと売り逃しを同じ重みで減らす数です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="200"/>
        <source>本日のロット</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="201"/>
        <source>売れ残り・廃棄の履歴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="202"/>
        <source>次回の持込数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="239"/>
        <source>この事業所の持ち込みは記録されていません（「持ち込み」で記録）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="243"/>
        <source>持込 %1個&#x3000;販売 %2個&#x3000;残り %3個</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="246"/>
        <source>&#x3000;本日期限 %1個</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="248"/>
        <source>&#x3000;期限切れ %1個</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="266"/>
        <source>この年度の記録はありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="283"/>
        <source>CSVに書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="283"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos/ui/workshop_stock.py" line="293"/>
        <source>書き出しました: %1</source>
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
        <location filename="../../pos/ui/master_data.py" line="310"/>
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
