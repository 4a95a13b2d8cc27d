<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BillingNames</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行済</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付済</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>一部入金</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>入金済</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期日超過</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>返還請求書</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>領収書</translation>
    </message>
    <message>
        <source>10%</source>
        <translation>10%</translation>
    </message>
    <message>
        <source>8%※</source>
        <translation>8%※</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>非課税</translation>
    </message>
    <message>
        <source>Outside scope</source>
        <translation>不課税</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>切り捨て</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>切り上げ</translation>
    </message>
    <message>
        <source>Round half up</source>
        <translation>四捨五入</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>The agency (intermediary delivery rule)</source>
        <translation>代行会社（媒介者交付特例）</translation>
    </message>
    <message>
        <source>Summary invoice per closing</source>
        <translation>合計請求書</translation>
    </message>
    <message>
        <source>One invoice per order</source>
        <translation>都度請求</translation>
    </message>
    <message>
        <source>Tax excluded</source>
        <translation>税抜</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>税込</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>未消込</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>候補あり</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>消込済</translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation>振込手数料</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>雑収入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>Cancelled by the bank</source>
        <translation>銀行取消</translation>
    </message>
    <message>
        <source>Virtual account</source>
        <translation>振込専用口座</translation>
    </message>
    <message>
        <source>Number in the transfer</source>
        <translation>振込の番号</translation>
    </message>
    <message>
        <source>Known payer name</source>
        <translation>登録済みの振込名義</translation>
    </message>
    <message>
        <source>Payer name</source>
        <translation>振込名義</translation>
    </message>
    <message>
        <source>Allocated by hand</source>
        <translation>手動消込</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Amount only</source>
        <translation>金額のみ一致</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message>
        <source>quoted field is not closed</source>
        <translation>引用符で囲まれた項目が閉じられていません</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1</source>
        <translation>項目%1の閉じ引用符の後に余分な文字があります</translation>
    </message>
    <message>
        <source>quote inside unquoted field %1 (a field containing quotes must be quoted and its quotes doubled)</source>
        <translation>引用符で囲まれていない項目%1に引用符があります（引用符を含む項目は全体を引用符で囲み、中の引用符は二重にしてください）</translation>
    </message>
</context>
<context>
    <name>DemoDataSetup</name>
    <message>
        <source>Creating the demo agency…</source>
        <translation>デモ用の請求代行会社を作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>The demo agency could not be created:
%1</source>
        <translation>デモデータを作成できませんでした：
%1</translation>
    </message>
    <message>
        <source>Welcome to Kaishu</source>
        <translation>回収へようこそ</translation>
    </message>
    <message>
        <source>demo bank file</source>
        <translation>デモ用の入金明細ファイル</translation>
    </message>
    <message>
        <source>Issuing the demo invoices of the last fifteen months and screening the debtors…</source>
        <translation>過去15か月分のデモ請求書を発行し、債務者を審査しています…</translation>
    </message>
    <message>
        <source>The database has no clients yet.

Create a demo billing agency with %1 debtors and fifteen months of invoices to try Kaishu out? You can start a real database later with File → New database.</source>
        <translation>データベースにはまだ依頼者が登録されていません。

債務者 %1 件と15か月分の請求書を含むデモ用の請求代行データを作成して、Kaishu を試してみますか？本番用のデータベースは、あとから「ファイル → 新しいデータベース」で作成できます。</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 を印刷</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Client code</source>
        <translation>依頼者コード</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>顧客コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (kana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Payer name</source>
        <translation>振込名義</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Invoice registration number</source>
        <translation>登録番号（インボイス）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>支払条件</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>与信限度額</translation>
    </message>
    <message>
        <source>Virtual account</source>
        <translation>振込専用口座</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>金融機関コード</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>支店コード</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>預金種目</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>口座番号</translation>
    </message>
    <message>
        <source>Account holder (kana)</source>
        <translation>口座名義（カナ）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>債務者</translation>
    </message>
    <message>
        <source>Corporation</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>注文日</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>納品日</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>商品コード</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>価格区分</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>請求書番号</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>支払期限</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>端数処理</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>請求書番号の形式</translation>
    </message>
    <message>
        <source>Invoice form</source>
        <translation>請求書の形式</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>メールの件名</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>メールの本文</translation>
    </message>
    <message>
        <source>Transfer fee</source>
        <translation>振込手数料</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>未充当</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation>勘定日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>入金</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>調査会社</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>調査日</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>評点</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>資本金</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Years in business</source>
        <translation>業歴</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上高</translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation>純資産</translation>
    </message>
    <message>
        <source>Current ratio</source>
        <translation>流動比率</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>must contain only digits</source>
        <translation>数字のみで入力してください</translation>
    </message>
    <message>
        <source>must be %1 digits</source>
        <translation>%1桁の数字で入力してください</translation>
    </message>
    <message>
        <source>must be %1 digits, not %2</source>
        <translation>%1桁で入力してください（入力は%2桁です）</translation>
    </message>
    <message>
        <source>check digit is %1, expected %2</source>
        <translation>チェックデジットが%1になっています（正しくは%2）</translation>
    </message>
    <message>
        <source>must be T followed by 13 digits</source>
        <translation>「T」に続けて13桁の数字で入力してください</translation>
    </message>
    <message>
        <source>must start with T</source>
        <translation>「T」で始めてください</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>入力してください</translation>
    </message>
    <message>
        <source>must be at most 7 digits, not %1</source>
        <translation>7桁以内で入力してください（入力は%1桁です）</translation>
    </message>
    <message>
        <source>may contain only digits, hyphens and parentheses</source>
        <translation>数字・ハイフン・括弧のみ使用できます</translation>
    </message>
    <message>
        <source>must have 10 or 11 digits, not %1</source>
        <translation>10桁または11桁で入力してください（入力は%1桁です）</translation>
    </message>
    <message>
        <source>must start with 0 (a domestic number)</source>
        <translation>0から始まる国内の番号を入力してください</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>長すぎます</translation>
    </message>
    <message>
        <source>must use half-width (ASCII) characters only</source>
        <translation>半角英数字のみで入力してください</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>空白を含めることはできません</translation>
    </message>
    <message>
        <source>must contain exactly one @</source>
        <translation>「@」をちょうど1つ含めてください</translation>
    </message>
    <message>
        <source>the part before @ must have 1 to 64 characters</source>
        <translation>「@」より前は1～64文字にしてください</translation>
    </message>
    <message>
        <source>the part before @ contains &apos;%1&apos;</source>
        <translation>「@」より前に使用できない文字「%1」があります</translation>
    </message>
    <message>
        <source>the part before @ has a misplaced dot</source>
        <translation>「@」より前のドットの位置が正しくありません</translation>
    </message>
    <message>
        <source>the domain must contain a dot</source>
        <translation>ドメインにドットが含まれていません</translation>
    </message>
    <message>
        <source>the domain has an empty or overlong part</source>
        <translation>ドメインに空または長すぎる部分があります</translation>
    </message>
    <message>
        <source>a domain part must not start or end with a hyphen</source>
        <translation>ドメインの各部分をハイフンで始めたり終えたりすることはできません</translation>
    </message>
    <message>
        <source>the domain contains &apos;%1&apos;</source>
        <translation>ドメインに使用できない文字「%1」があります</translation>
    </message>
    <message>
        <source>the domain must end in a top-level domain such as .jp or .com</source>
        <translation>ドメインは .jp や .com などのトップレベルドメインで終えてください</translation>
    </message>
</context>
<context>
    <name>Kana</name>
    <message>
        <source>must not be empty</source>
        <translation>入力してください</translation>
    </message>
    <message>
        <source>contains hiragana %1: write the reading in katakana</source>
        <translation>ひらがな「%1」が含まれています。読みはカタカナで入力してください</translation>
    </message>
    <message>
        <source>contains half-width katakana %1: use full-width katakana</source>
        <translation>半角カタカナ「%1」が含まれています。全角カタカナで入力してください</translation>
    </message>
    <message>
        <source>contains the half-width character %1: use full-width characters</source>
        <translation>半角文字「%1」が含まれています。全角で入力してください</translation>
    </message>
    <message>
        <source>contains %1, which is not katakana</source>
        <translation>カタカナ以外の文字「%1」が含まれています</translation>
    </message>
    <message>
        <source>contains %1 at position %2, which a bank payer name cannot hold</source>
        <translation>%2文字目の「%1」は振込名義に使用できません</translation>
    </message>
    <message>
        <source>has %1 characters, more than %2</source>
        <translation>%1文字あり、上限の%2文字を超えています</translation>
    </message>
</context>
<context>
    <name>PaymentTerms</name>
    <message>
        <source>closing day %1 is not allowed: use 1-28 or 月末 (month end)</source>
        <translation>締め日「%1」は指定できません。1～28日または月末を指定してください</translation>
    </message>
    <message>
        <source>closing day %1 is not allowed: use 1-28 or eom (month end)</source>
        <translation>締め日「%1」は指定できません。1～28 または eom（月末）を指定してください</translation>
    </message>
    <message>
        <source>payment day %1 is not allowed: use 1-28 or 月末 (month end)</source>
        <translation>支払日「%1」は指定できません。1～28日または月末を指定してください</translation>
    </message>
    <message>
        <source>payment day %1 is not allowed: use 1-28 or eom (month end)</source>
        <translation>支払日「%1」は指定できません。1～28 または eom（月末）を指定してください</translation>
    </message>
    <message>
        <source>closing day %1 is not a valid day: use 1-28 or 月末 (month end)</source>
        <translation>締め日「%1」は日付として使えません。1～28日または月末を指定してください</translation>
    </message>
    <message>
        <source>closing day %1 is not a valid day: use 1-28 or eom (month end)</source>
        <translation>締め日「%1」は日付として使えません。1～28 または eom（月末）を指定してください</translation>
    </message>
    <message>
        <source>payment day %1 is not a valid day: use 1-28 or 月末 (month end)</source>
        <translation>支払日「%1」は日付として使えません。1～28日または月末を指定してください</translation>
    </message>
    <message>
        <source>payment day %1 is not a valid day: use 1-28 or eom (month end)</source>
        <translation>支払日「%1」は日付として使えません。1～28 または eom（月末）を指定してください</translation>
    </message>
    <message>
        <source>cannot read the closing day at &apos;%1&apos;: expected N日 or 月末</source>
        <translation>「%1」から締め日を読み取れません。「N日」または「月末」の形で指定してください</translation>
    </message>
    <message>
        <source>cannot read the payment day at &apos;%1&apos;: expected N日 or 月末</source>
        <translation>「%1」から支払日を読み取れません。「N日」または「月末」の形で指定してください</translation>
    </message>
    <message>
        <source>expected 日 after the closing day %1</source>
        <translation>締め日「%1」の後に「日」が必要です</translation>
    </message>
    <message>
        <source>expected 日 after the payment day %1</source>
        <translation>支払日「%1」の後に「日」が必要です</translation>
    </message>
    <message>
        <source>payment month %1 (offset %2) is out of range: use 当月, 翌月, 翌々月 or 翌々々月 (offset 0-3)</source>
        <translation>支払月「%1」（締め月の%2か月後）は指定できません。当月・翌月・翌々月・翌々々月（0～3か月後）のいずれかを指定してください</translation>
    </message>
    <message>
        <source>expected 月 after %1 in the payment month</source>
        <translation>支払月の「%1」の後に「月」が必要です</translation>
    </message>
    <message>
        <source>missing the payment month (当月, 翌月, 翌々月 or 翌々々月) at &apos;%1&apos;</source>
        <translation>支払月（当月・翌月・翌々月・翌々々月）がありません（「%1」の部分）</translation>
    </message>
    <message>
        <source>unrecognised holiday rule &apos;%1&apos;: expected （休日は前営業日）, （休日は翌営業日） or （休日調整なし）</source>
        <translation>休日の扱い「%1」を認識できません。（休日は前営業日）、（休日は翌営業日）または（休日調整なし）を指定してください</translation>
    </message>
    <message>
        <source>payment day falls before the closing day in the closing month itself (当月): closing day %1, payment day %2</source>
        <translation>当月払いで支払日が締め日より前になっています（締め日 %1日、支払日 %2日）</translation>
    </message>
    <message>
        <source>unrecognised payment terms &apos;%1&apos;: expected a phrase such as 月末締め翌月末払い or the form closing=eom;month=1;day=eom;shift=next</source>
        <translation>支払条件「%1」を認識できません。「月末締め翌月末払い」のような表記、または closing=eom;month=1;day=eom;shift=next の形式で指定してください</translation>
    </message>
    <message>
        <source>expected 締め after the closing day at &apos;%1&apos;</source>
        <translation>締め日の後に「締め」が必要です（「%1」の部分）</translation>
    </message>
    <message>
        <source>closing day &apos;%1&apos; is neither a number nor eom</source>
        <translation>締め日「%1」は数値でも eom でもありません</translation>
    </message>
    <message>
        <source>payment day &apos;%1&apos; is neither a number nor eom</source>
        <translation>支払日「%1」は数値でも eom でもありません</translation>
    </message>
    <message>
        <source>malformed item &apos;%1&apos; in structured payment terms: expected key=value</source>
        <translation>支払条件の項目「%1」の形式が正しくありません。「キー=値」の形で指定してください</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in structured payment terms: expected closing, month, day and shift</source>
        <translation>支払条件に不明なキー「%1」があります。キーは closing、month、day、shift を使用してください</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; in structured payment terms</source>
        <translation>支払条件のキー「%1」が重複しています</translation>
    </message>
    <message>
        <source>empty value for &apos;%1&apos; in structured payment terms</source>
        <translation>支払条件のキー「%1」に値がありません</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos; in structured payment terms</source>
        <translation>支払条件にキー「%1」がありません</translation>
    </message>
    <message>
        <source>payment month offset &apos;%1&apos; is not a number: use 0-3</source>
        <translation>支払月（month）の「%1」は数値ではありません。締め月から何か月後かを0～3で指定してください</translation>
    </message>
    <message>
        <source>payment month offset %1 is out of range: use 0-3</source>
        <translation>支払月（month）の「%1」は範囲外です。締め月から何か月後かを0～3で指定してください</translation>
    </message>
    <message>
        <source>unknown shift &apos;%1&apos;: use previous, next or none</source>
        <translation>休日の扱い（shift）「%1」は使えません。previous、next、none のいずれかを指定してください</translation>
    </message>
    <message>
        <source>payment terms are empty</source>
        <translation>支払条件が入力されていません</translation>
    </message>
</context>
<context>
    <name>ScreeningCharts</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>raises the score</source>
        <translation>スコアを上げる要因</translation>
    </message>
    <message>
        <source>lowers the score</source>
        <translation>スコアを下げる要因</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1: %2 点</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>スコアの推移</translation>
    </message>
    <message>
        <source>%1: score %2, grade %3</source>
        <translation>%1: スコア %2、格付 %3</translation>
    </message>
    <message>
        <source>Late rate by grade (test invoices)</source>
        <translation>格付別の延滞率（検証用請求書）</translation>
    </message>
    <message>
        <source>Paid 30 or more days late</source>
        <translation>30日以上遅れて支払</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Grade (late / invoices)</source>
        <translation>格付（延滞件数/請求書件数）</translation>
    </message>
    <message>
        <source>Grade %1: %2 of %3 test invoices paid 30 or more days late (%4)</source>
        <translation>格付 %1: 検証用請求書 %3 件中 %2 件が30日以上遅れて支払（%4）</translation>
    </message>
    <message>
        <source>Screening score</source>
        <translation>審査スコア</translation>
    </message>
</context>
<context>
    <name>ScreeningNames</name>
    <message>
        <source>%1 ↓ (was %2)</source>
        <translation>%1 ↓（前回 %2）</translation>
    </message>
    <message>
        <source>%1 ↑ (was %2)</source>
        <translation>%1 ↑（前回 %2）</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>緩やか</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>厳格</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>条件付き承認</translation>
    </message>
    <message>
        <source>Refer to a supervisor</source>
        <translation>上長判断</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>謝絶</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Expert card</source>
        <translation>エキスパート評点表</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>安定</translation>
    </message>
    <message>
        <source>investigate</source>
        <translation>要調査</translation>
    </message>
    <message>
        <source>shifted</source>
        <translation>変動大</translation>
    </message>
    <message>
        <source>no previous run</source>
        <translation>前回の実行なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Has paid invoices with us</source>
        <translation>当社での支払実績あり</translation>
    </message>
    <message>
        <source>Invoices so far</source>
        <translation>これまでの請求書件数</translation>
    </message>
    <message>
        <source>Invoices paid so far</source>
        <translation>支払済みの請求書件数</translation>
    </message>
    <message>
        <source>Share of invoices paid late</source>
        <translation>遅れて支払われた請求書の割合</translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation>平均遅延日数</translation>
    </message>
    <message>
        <source>Most days late</source>
        <translation>最大遅延日数</translation>
    </message>
    <message>
        <source>Days late of the last payments</source>
        <translation>直近の支払の遅延日数</translation>
    </message>
    <message>
        <source>Average days from the due date to payment</source>
        <translation>支払期日から入金までの平均日数</translation>
    </message>
    <message>
        <source>Invoices overdue now</source>
        <translation>現在の期日超過件数</translation>
    </message>
    <message>
        <source>Days past due of the oldest overdue invoice</source>
        <translation>最も古い期日超過請求書の超過日数</translation>
    </message>
    <message>
        <source>Invoices open now</source>
        <translation>現在の未回収件数</translation>
    </message>
    <message>
        <source>Share of invoices disputed</source>
        <translation>係争となった請求書の割合</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>請求金額</translation>
    </message>
    <message>
        <source>Days of payment terms</source>
        <translation>支払条件の日数</translation>
    </message>
    <message>
        <source>Amount against the usual amount</source>
        <translation>通常の請求金額との比</translation>
    </message>
    <message>
        <source>Late rate of the region</source>
        <translation>地域の延滞率</translation>
    </message>
    <message>
        <source>Late rate of the industry</source>
        <translation>業種の延滞率</translation>
    </message>
    <message>
        <source>Late rate of the sales channel</source>
        <translation>販路の延滞率</translation>
    </message>
    <message>
        <source>Months since the previous invoice</source>
        <translation>前回請求からの月数</translation>
    </message>
    <message>
        <source>Average days from invoice to payment</source>
        <translation>請求から入金までの平均日数</translation>
    </message>
    <message>
        <source>No external credit report</source>
        <translation>外部の信用調査報告なし</translation>
    </message>
    <message>
        <source>External credit score</source>
        <translation>外部評点</translation>
    </message>
    <message>
        <source>Years in business</source>
        <translation>業歴</translation>
    </message>
    <message>
        <source>Negative net assets (債務超過)</source>
        <translation>債務超過</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1

The list is shown again as it is stored now.</source>
        <translation>%1

現在保存されている内容で一覧を表示し直します。</translation>
    </message>
    <message>
        <source>An amount is too large to be calculated.</source>
        <translation>金額が大きすぎて計算できません。</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>no converter for %1 (%2)</source>
        <translation>%1の変換機能がありません（%2）</translation>
    </message>
    <message>
        <source>the %1 text ends inside a character (bytes %2 at byte offset %3, line %4)</source>
        <translation>%1のテキストが文字の途中で終わっています（%4行目、バイト位置%3のバイト列%2）</translation>
    </message>
    <message>
        <source>invalid %1 bytes %2 at byte offset %3 (line %4)</source>
        <translation>%1として不正なバイト列%2があります（%4行目、バイト位置%3）</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; (%2) at line %3, column %4 cannot be written in %5</source>
        <translation>%3行目%4文字目の「%1」（%2）は%5で書き出せません</translation>
    </message>
</context>
<context>
    <name>kaishu::audit</name>
    <message>
        <source>Record %1 does not follow the record before it: a record was removed or inserted.</source>
        <translation>記録%1が直前の記録とつながっていません。記録の削除または挿入が行われています。</translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written.</source>
        <translation>記録%1は書き込み後に変更されています。</translation>
    </message>
</context>
<context>
    <name>kaishu::billing</name>
    <message>
        <source>{seq:N} needs a width N from 1 to 12</source>
        <translation>{seq:N} の桁数 N には1～12を指定してください</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (use {client}, {yyyy}, {yy}, {mm}, {seq:N})</source>
        <translation>不明な差込項目 {%1} です（{client}、{yyyy}、{yy}、{mm}、{seq:N} が使えます）</translation>
    </message>
    <message>
        <source>the format needs exactly one {seq:N}</source>
        <translation>形式には {seq:N} をちょうど1つ含めてください</translation>
    </message>
    <message>
        <source>the format has at most 60 characters</source>
        <translation>形式は60文字以内で指定してください</translation>
    </message>
    <message>
        <source>the billing settings were changed by someone else; reload them</source>
        <translation>請求設定は他の利用者によって変更されました。読み込み直してください</translation>
    </message>
    <message>
        <source>the agency&apos;s name is required</source>
        <translation>代行会社名は入力必須です</translation>
    </message>
    <message>
        <source>not a valid registration number (T + 13 digits)</source>
        <translation>登録番号が正しくありません（T＋13桁の数字）</translation>
    </message>
    <message>
        <source>only issued documents are archived</source>
        <translation>保存できるのは発行済の書類だけです</translation>
    </message>
    <message>
        <source>client %1 has no customer %2</source>
        <translation>依頼者 %1 に顧客 %2 はありません</translation>
    </message>
    <message>
        <source>the archived %1 of %2 does not match its SHA-256</source>
        <translation>保存されている %2 の %1 が SHA-256 と一致しません</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>請求書には明細が1行以上必要です</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>a description is required</source>
        <translation>品名は入力必須です</translation>
    </message>
    <message>
        <source>a delivery date is required</source>
        <translation>納品日は入力必須です</translation>
    </message>
    <message>
        <source>the quantity must not be zero</source>
        <translation>数量に0は指定できません</translation>
    </message>
    <message>
        <source>no invoice has the id %1</source>
        <translation>ID %1 の請求書はありません</translation>
    </message>
    <message>
        <source>the draft was changed or issued by someone else; reload it</source>
        <translation>下書きは他の利用者によって変更または発行されました。読み込み直してください</translation>
    </message>
    <message>
        <source>invoice %1 is not a draft</source>
        <translation>請求書 %1 は下書きではありません</translation>
    </message>
    <message>
        <source>the agency issues for client %1 but has no registration number (File → Agency)</source>
        <translation>依頼者 %1 は代行会社名義で発行しますが、代行会社の登録番号がありません（ファイル → 代行会社情報）</translation>
    </message>
    <message>
        <source>a reason for the cancellation is required</source>
        <translation>取消の理由は入力必須です</translation>
    </message>
    <message>
        <source>only an issued invoice can be cancelled</source>
        <translation>取り消せるのは発行済の請求書だけです</translation>
    </message>
    <message>
        <source>invoice %1 has payments or credit notes: correct it with a credit note</source>
        <translation>請求書 %1 には入金または返還請求書があります。返還請求書で訂正してください</translation>
    </message>
    <message>
        <source>the invoice was changed by someone else; reload it</source>
        <translation>請求書は他の利用者によって変更されました。読み込み直してください</translation>
    </message>
    <message>
        <source>Corrects invoice %1 (%2)</source>
        <translation>請求書 %1 の訂正（%2）</translation>
    </message>
    <message>
        <source>a reason for the credit note is required</source>
        <translation>返還請求書の理由は入力必須です</translation>
    </message>
    <message>
        <source>a credit note needs an issued invoice</source>
        <translation>返還請求書は発行済の請求書に対してのみ発行できます</translation>
    </message>
    <message>
        <source>the credit note&apos;s total %1 yen must be above 0 and at most the %2 yen left on invoice %3</source>
        <translation>返還請求書の合計 %1円 は、0円を超え、請求書 %3 の残額 %2円 以下である必要があります</translation>
    </message>
    <message>
        <source>invoice %1 has no received money without a receipt</source>
        <translation>請求書 %1 には領収書を発行していない入金がありません</translation>
    </message>
    <message>
        <source>お品代として</source>
        <translation>お品代として</translation>
    </message>
    <message>
        <source>The tax breakdown of category %1 does not match the lines; recompute the document&apos;s tax.</source>
        <translation>税区分 %1 の内訳が明細と一致しません。書類の消費税を再計算してください。</translation>
    </message>
    <message>
        <source>The document&apos;s tax totals are not the sum of its tax breakdown; recompute the document&apos;s tax.</source>
        <translation>書類の消費税合計が内訳の合計と一致しません。書類の消費税を再計算してください。</translation>
    </message>
    <message>
        <source>A receipt has no JP PINT form; only invoices and credit notes can be sent as e-invoices.</source>
        <translation>領収書には JP PINT の形式がありません。電子インボイスとして送信できるのは請求書と返還請求書だけです。</translation>
    </message>
    <message>
        <source>A JP PINT e-invoice needs at least one line.</source>
        <translation>JP PINT の電子インボイスには明細が1行以上必要です。</translation>
    </message>
    <message>
        <source>The document has no number.</source>
        <translation>書類に番号がありません。</translation>
    </message>
    <message>
        <source>The document has no issue date.</source>
        <translation>書類に発行日がありません。</translation>
    </message>
    <message>
        <source>The issuer&apos;s registration number &quot;%1&quot; is not T followed by 13 digits.</source>
        <translation>発行者の登録番号「%1」が T＋13桁の数字ではありません。</translation>
    </message>
    <message>
        <source>The issuer has no name.</source>
        <translation>発行者の名称がありません。</translation>
    </message>
    <message>
        <source>The recipient has no name.</source>
        <translation>宛名がありません。</translation>
    </message>
    <message>
        <source>A credit note must name the invoice it corrects.</source>
        <translation>返還請求書には訂正対象の請求書を記載する必要があります。</translation>
    </message>
    <message>
        <source>Line %1 has no description.</source>
        <translation>%1行目に品名がありません。</translation>
    </message>
    <message>
        <source>JP PINT requires the tax of a rate to be its net amount × the rate, rounded up or down (rule aligned-ibrp-051-jp): the %1% tax is %2 on a net amount of %3. This tax-included rounding cannot be sent as a JP PINT e-invoice; send the PDF instead.</source>
        <translation>JP PINT では、税率ごとの消費税額は税抜金額×税率を切り上げまたは切り捨てた額である必要があります（規則 aligned-ibrp-051-jp）。%1%の消費税額は、税抜金額 %3 に対して %2 です。この税込価格の端数処理は JP PINT の電子インボイスとして送信できません。PDFで送付してください。</translation>
    </message>
    <message>
        <source>The document&apos;s amounts are out of range and cannot be exported.</source>
        <translation>書類の金額が範囲外のため、出力できません。</translation>
    </message>
    <message>
        <source>the file has no column for this required field</source>
        <translation>必須項目に対応する列がファイルにありません</translation>
    </message>
    <message>
        <source>no client has the code %1</source>
        <translation>コード %1 の依頼者はありません</translation>
    </message>
    <message>
        <source>client %1 has no customer with the code %2</source>
        <translation>依頼者 %1 に顧客コード %2 の顧客はありません</translation>
    </message>
    <message>
        <source>“%1” is not a number with at most four decimals</source>
        <translation>「%1」は小数点以下4桁までの数値ではありません</translation>
    </message>
    <message>
        <source>“%1” is not a price with at most four decimals</source>
        <translation>「%1」は小数点以下4桁までの単価ではありません</translation>
    </message>
    <message>
        <source>“%1” is not a tax category (10, 8, exempt or outside)</source>
        <translation>「%1」は税区分（10、8、exempt、outside）ではありません</translation>
    </message>
    <message>
        <source>“%1” is not a price mode (excl or incl)</source>
        <translation>「%1」は税抜・税込の区分（excl または incl）ではありません</translation>
    </message>
    <message>
        <source>order %1 belongs to customer %2 on an earlier line</source>
        <translation>注文 %1 は前の行で顧客 %2 の注文になっています</translation>
    </message>
    <message>
        <source>order %1 of client %2 was imported before</source>
        <translation>依頼者 %2 の注文 %1 は取込済です</translation>
    </message>
    <message>
        <source>order %1 line %2 was changed or billed by someone else; reload it</source>
        <translation>注文 %1 の%2行目は他の利用者によって変更または請求されました。読み込み直してください</translation>
    </message>
    <message>
        <source>an order number is required</source>
        <translation>注文番号は入力必須です</translation>
    </message>
    <message>
        <source>an order number has at most 40 characters</source>
        <translation>注文番号は40文字以内で入力してください</translation>
    </message>
    <message>
        <source>a date like 2026-11-20 is required</source>
        <translation>2026-11-20 のような日付を入力してください</translation>
    </message>
    <message>
        <source>the delivery date is before the order date</source>
        <translation>納品日が注文日より前です</translation>
    </message>
    <message>
        <source>a description of what was supplied is required</source>
        <translation>品名（納品した内容）は入力必須です</translation>
    </message>
    <message>
        <source>a description has at most 200 characters</source>
        <translation>品名は200文字以内で入力してください</translation>
    </message>
    <message>
        <source>a unit price must not be negative (enter a negative quantity for a return)</source>
        <translation>単価にマイナスは指定できません（返品は数量をマイナスで入力してください）</translation>
    </message>
    <message>
        <source>quantity × unit price exceeds 100,000,000,000 yen</source>
        <translation>数量×単価が1,000億円を超えています</translation>
    </message>
    <message>
        <source>order lines were billed by someone else meanwhile; run again</source>
        <translation>その間に他の担当者が受注明細を請求済みにしました。もう一度実行してください</translation>
    </message>
    <message>
        <source>a line number from 1 is required</source>
        <translation>1以上の行番号が必要です</translation>
    </message>
    <message>
        <source>the customer does not belong to this client</source>
        <translation>この顧客はこの依頼者の取引先ではありません</translation>
    </message>
    <message>
        <source>%1 %2 would owe %3 yen against a limit of %4 yen</source>
        <translation>%1 %2 の与信残高が %3 円となり、限度額 %4 円を超えます</translation>
    </message>
    <message>
        <source>%1: issuing over the credit limit needs a supervisor&apos;s approval (%2)</source>
        <translation>%1。限度額を超える発行には上長の承認が必要です（%2）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no supervisor is named yet</source>
        <translation>上長がまだ登録されていません</translation>
    </message>
</context>
<context>
    <name>kaishu::cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです：%1</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>データベースの準備ができました：%1（スキーマ %2）</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 には%2～%3の整数を指定してください。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Kaishu demo billing agency</source>
        <translation>回収 デモ請求代行会社</translation>
    </message>
    <message>
        <source>  database:        %1</source>
        <translation>  データベース：    %1</translation>
    </message>
    <message>
        <source>  created:         %1 clients, %2 debtors, %3 accounts in %4 ms</source>
        <translation>  作成件数：        依頼者 %1件、債務者 %2件、取引口座 %3件（%4ミリ秒）</translation>
    </message>
    <message>
        <source>  accounts per client (credit limits in yen):</source>
        <translation>  依頼者別の取引口座（与信限度額、円）：</translation>
    </message>
    <message>
        <source>  top prefectures: %1</source>
        <translation>  主な都道府県：    %1</translation>
    </message>
    <message>
        <source>  sample debtors:</source>
        <translation>  債務者の例：</translation>
    </message>
    <message>
        <source>  audit trail:     %1 records, chain %2</source>
        <translation>  監査証跡：        %1件、チェーン %2</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>破損：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>import needs a FILE.</source>
        <translation>import にはファイルの指定が必要です。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>問題が%n件あるため、取込は行われませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>%1行を読み込みました：新規 %2件、更新 %3件、変更なし %4件。</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export には --out でファイルの指定が必要です。</translation>
    </message>
    <message>
        <source>--encoding must be utf-8-bom or shift_jis.</source>
        <translation>--encoding には utf-8-bom または shift_jis を指定してください。</translation>
    </message>
    <message>
        <source>check needs a VALUE.</source>
        <translation>check には値の指定が必要です。</translation>
    </message>
    <message>
        <source> (a sole proprietor&apos;s number has no check digit: check it with --sole-proprietor)</source>
        <translation>（個人事業者の番号にはチェックデジットがありません。--sole-proprietor を付けて確認してください）</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>正しい番号です</translation>
    </message>
    <message>
        <source>calendar holidays needs --year Y.</source>
        <translation>calendar holidays には --year で年の指定が必要です。</translation>
    </message>
    <message>
        <source>calendar due-date needs --date YYYY-MM-DD and --terms TERMS.</source>
        <translation>calendar due-date には --date YYYY-MM-DD と --terms（支払条件）の指定が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>「%1」は YYYY-MM-DD 形式の日付ではありません。</translation>
    </message>
    <message>
        <source>Terms &quot;%1&quot;: %2</source>
        <translation>支払条件「%1」：%2</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 records.</source>
        <translation>監査証跡は改ざんされていません（%1件）。</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup には --out でファイルの指定が必要です。</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>バックアップを %1 に保存しました</translation>
    </message>
    <message>
        <source>--%1 must be a date of the form YYYY-MM-DD.</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください。</translation>
    </message>
    <message>
        <source>--%1 must be an amount in yen, e.g. 12,000.</source>
        <translation>--%1 には円単位の金額を指定してください（例：12,000）。</translation>
    </message>
    <message>
        <source>No client has the code %1.</source>
        <translation>コード %1 の依頼者はありません。</translation>
    </message>
    <message>
        <source>No invoice has the number %1.</source>
        <translation>番号 %1 の請求書はありません。</translation>
    </message>
    <message>
        <source>orders import needs a FILE.</source>
        <translation>orders import には FILE を指定してください。</translation>
    </message>
    <message>
        <source>%1 order lines imported.</source>
        <translation>受注明細 %1行を取り込みました。</translation>
    </message>
    <message>
        <source>%1 order lines checked; nothing written (dry run).</source>
        <translation>受注明細 %1行をチェックしました。書き込みは行っていません（ドライラン）。</translation>
    </message>
    <message>
        <source>billing run needs --client CODE and --closing YYYY-MM-DD.</source>
        <translation>billing run には --client CODE と --closing YYYY-MM-DD を指定してください。</translation>
    </message>
    <message>
        <source>Billing run %1, closing %2: %3 drafts from %4 order lines.</source>
        <translation>締め処理 %1（締め日 %2）：受注明細 %4行から下書き %3件を作成しました。</translation>
    </message>
    <message>
        <source>  credit limit exceeded: %1 %2, limit %3, exposure %4</source>
        <translation>  与信超過：%1 %2、与信限度額 %3、与信残高 %4</translation>
    </message>
    <message>
        <source>invoice issue needs --client CODE --all-drafts, or --id ID.</source>
        <translation>invoice issue には --client CODE --all-drafts または --id ID を指定してください。</translation>
    </message>
    <message>
        <source>There are no drafts to issue.</source>
        <translation>発行する下書きはありません。</translation>
    </message>
    <message>
        <source>--format must be table or csv.</source>
        <translation>--format には table または csv を指定してください。</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>不明な状態です：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>請求書 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>invoice credit-note needs a NUMBER and --reason TEXT.</source>
        <translation>invoice credit-note には NUMBER と --reason TEXT を指定してください。</translation>
    </message>
    <message>
        <source>--lines: “%1” is not LINE:QUANTITY with a line from 1 to %2.</source>
        <translation>--lines：「%1」は「行:数量」（行は1～%2）の形式ではありません。</translation>
    </message>
    <message>
        <source>Credit note %1 for invoice %2: net %3, tax %4, total %5.</source>
        <translation>請求書 %2 の返還請求書 %1：税抜 %3、消費税 %4、合計 %5。</translation>
    </message>
    <message>
        <source>invoice cancel needs a NUMBER and --reason TEXT.</source>
        <translation>invoice cancel には NUMBER と --reason TEXT を指定してください。</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled.</source>
        <translation>請求書 %1 を取り消しました。</translation>
    </message>
    <message>
        <source>invoice payment needs a NUMBER and --amount YEN.</source>
        <translation>invoice payment には NUMBER と --amount YEN を指定してください。</translation>
    </message>
    <message>
        <source>Invoice %1: %2 received, balance %3.</source>
        <translation>請求書 %1：入金 %2、残高 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>書類 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>KEY must be one of: %1</source>
        <translation>KEY には次のいずれかを指定してください：%1</translation>
    </message>
    <message>
        <source>settings set needs a KEY and a VALUE.</source>
        <translation>settings set には KEY と VALUE を指定してください。</translation>
    </message>
    <message>
        <source>%1 needs a NUMBER and --out FILE.</source>
        <translation>%1 には番号（NUMBER）と --out FILE が必要です。</translation>
    </message>
    <message>
        <source>A draft has no number yet: issue it first.</source>
        <translation>下書きにはまだ番号がありません。先に発行してください。</translation>
    </message>
    <message>
        <source>invoice email needs a NUMBER.</source>
        <translation>invoice email には番号（NUMBER）が必要です。</translation>
    </message>
    <message>
        <source>No mail server is set: kaishu-cli settings set smtp.host HOST (and smtp.port, smtp.security, smtp.user, smtp.password, smtp.from).</source>
        <translation>メールサーバーが設定されていません：kaishu-cli settings set smtp.host HOST（および smtp.port、smtp.security、smtp.user、smtp.password、smtp.from）で設定してください。</translation>
    </message>
    <message>
        <source>Not sent (logged, can be retried): %1</source>
        <translation>送信できませんでした（送信履歴に記録済み、再送信できます）：%1</translation>
    </message>
    <message>
        <source>Invoice %1 sent: %2</source>
        <translation>請求書 %1 を送信しました：%2</translation>
    </message>
    <message>
        <source>Receipt %1 for invoice %2: %3 yen%4.</source>
        <translation>請求書 %2 の領収書 %1：%3円%4。</translation>
    </message>
    <message>
        <source> (a paper copy needs a revenue stamp)</source>
        <translation>（紙で交付する場合は収入印紙が必要です）</translation>
    </message>
    <message>
        <source>--today must be a date of the form YYYY-MM-DD.</source>
        <translation>--today は YYYY-MM-DD 形式の日付で指定してください。</translation>
    </message>
    <message>
        <source>  invoicing:       %1 order lines, %2 invoices issued (%3 paid, %4 overdue) in %5 ms</source>
        <translation>  請求:            受注明細 %1 件、発行済請求書 %2 件（入金済 %3 件、期日超過 %4 件）、%5 ミリ秒</translation>
    </message>
    <message>
        <source>  payments:        %1 bank lines, %2 matched automatically, %3 suggested, %4 unmatched</source>
        <translation>  入金:            入金明細 %1 行、自動消込 %2 件、候補あり %3 件、未消込 %4 件</translation>
    </message>
    <message>
        <source>  written to:      %1 (clients.csv, debtors.csv, bank-01.txt, bank-truth.csv, payment-history.csv)</source>
        <translation>  出力先：        %1（clients.csv, debtors.csv, bank-01.txt, bank-truth.csv, payment-history.csv）</translation>
    </message>
    <message>
        <source>payments import needs a FILE.</source>
        <translation>payments import にはファイル（FILE）の指定が必要です。</translation>
    </message>
    <message>
        <source>--format must be auto, zengin or csv.</source>
        <translation>--format には auto、zengin、csv のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>This file was imported on %1; nothing was imported again.</source>
        <translation>このファイルは %1 に取込済みです。再取込は行いませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>取込は行われませんでした：ファイルに %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line(s) read, %2 new, %3 duplicate(s) skipped (%4 outgoing, %5 cancelled)%6</source>
        <translation>%1 行読込、新規 %2 件、重複スキップ %3 件（出金 %4 件、取消 %5 件）%6</translation>
    </message>
    <message>
        <source>; dry run, nothing kept</source>
        <translation>；試行のため保存していません</translation>
    </message>
    <message>
        <source>--auto-threshold must be a number from 0 to 1, e.g. 0.9.</source>
        <translation>--auto-threshold には 0～1 の数値を指定してください（例：0.9）。</translation>
    </message>
    <message>
        <source>auto %1, suggested %2, unmatched %3 (%4 ms)</source>
        <translation>自動消込 %1 件、候補あり %2 件、未消込 %3 件（%4 ms）</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) waiting</source>
        <translation>
            <numerusform>未処理の入金 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the payment by its ID (see payments unmatched).</source>
        <translation>入金を ID で指定してください（payments unmatched で確認できます）。</translation>
    </message>
    <message>
        <source>No payment has the ID %1.</source>
        <translation>ID %1 の入金はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 has %n suggestion(s).</source>
        <translation>
            <numerusform>入金 %1 には候補が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment %1 matched: %2 yen allocated.</source>
        <translation>入金 %1 を消込みました：%2 円を充当。</translation>
    </message>
    <message>
        <source>Payment %1 is open again; its invoices owe what they owed before.</source>
        <translation>入金 %1 は未処理に戻りました。請求書の残高は元に戻っています。</translation>
    </message>
    <message>
        <source>payments export-matches needs --out FILE.csv.</source>
        <translation>payments export-matches には --out FILE.csv の指定が必要です。</translation>
    </message>
    <message>
        <source>The folds file cannot be read: %1</source>
        <translation>分割ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>Folds file, line %1: not a row of the data</source>
        <translation>分割ファイル %1 行目: データの行番号ではありません</translation>
    </message>
    <message>
        <source>Folds file, line %1, %2: not a fold number</source>
        <translation>分割ファイル %1 行目、%2: 分割番号ではありません</translation>
    </message>
    <message>
        <source>Folds file, %1: not every row of the data has a fold</source>
        <translation>分割ファイル %1: 分割番号のないデータ行があります</translation>
    </message>
    <message>
        <source>scorecard cv needs --%1.</source>
        <translation>scorecard cv には --%1 が必要です。</translation>
    </message>
    <message>
        <source>--model is woe or onehot, not %1.</source>
        <translation>--model は woe か onehot です（%1 は不可）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>screening evaluate needs --history and --split-date.</source>
        <translation>screening evaluate には --history と --split-date が必要です。</translation>
    </message>
    <message>
        <source>screening reports import needs a file.</source>
        <translation>screening reports import にはファイルの指定が必要です。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>%1 からは何も取り込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n credit report(s) checked; nothing written (dry run)</source>
        <translation>
            <numerusform>信用調査報告 %n 件を確認しました（試行のため書き込みなし）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit report(s) added</source>
        <translation>
            <numerusform>信用調査報告 %n 件を追加しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Model %1 trained as of %2 on %3 invoices (%4 paid 30 or more days late), tested on %5 held out (%6 late).</source>
        <translation>モデル %1 を基準日 %2 で学習しました：請求書 %3 件（うち30日以上の延滞 %4 件）、検証用 %5 件（延滞 %6 件）。</translation>
    </message>
    <message>
        <source>Warning: the late rate does not rise from grade to grade.</source>
        <translation>注意：格付が下がるにつれて延滞率が上がっていません。</translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>顧客コード %1 の取引先はありません。</translation>
    </message>
    <message>
        <source>Screened %1 account(s) as of %2 with the %3.</source>
        <translation>基準日 %2 で %1 件を%3により審査しました。</translation>
    </message>
    <message>
        <source>trained model</source>
        <translation>学習済みモデル</translation>
    </message>
    <message>
        <source>expert card</source>
        <translation>エキスパート評点表</translation>
    </message>
    <message>
        <source>--format must be csv or text.</source>
        <translation>--format には csv または text を指定してください。</translation>
    </message>
    <message>
        <source>screening override needs a result id.</source>
        <translation>screening override には審査結果の番号を指定してください。</translation>
    </message>
    <message>
        <source>screening override needs --grade A-E, --limit YEN, --tier and --decision.</source>
        <translation>screening override には --grade A-E、--limit 金額、--tier、--decision を指定してください。</translation>
    </message>
    <message>
        <source>Result %1 of %2: grade %3, limit %4 yen, by %5.</source>
        <translation>%2 の審査結果 %1：格付 %3、限度額 %4 円（%5）。</translation>
    </message>
    <message>
        <source>Supervisors: %1</source>
        <translation>上長：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>  screening:       %1 accounts screened by the trained model (held-out AUC %2)</source>
        <translation>  審査:            学習済みモデルで %1 件を審査（検証 AUC %2）</translation>
    </message>
    <message>
        <source>  screening:       %1 accounts screened by the expert card</source>
        <translation>  審査:            エキスパート評点表で %1 件を審査</translation>
    </message>
    <message>
        <source>--weeks must be a whole number from 1 to 104.</source>
        <translation>--weeks は 1〜104 の整数で指定してください。</translation>
    </message>
    <message>
        <source>%1 – %2: %3 yen</source>
        <translation>%1 〜 %2: %3 円</translation>
    </message>
    <message>
        <source>from %1 or not at all: %2 yen</source>
        <translation>%1 以降または回収不能: %2 円</translation>
    </message>
    <message>
        <source>open now: %1 yen</source>
        <translation>現在の未回収残高: %1 円</translation>
    </message>
</context>
<context>
    <name>kaishu::documents</name>
    <message>
        <source>Only issued invoices have an e-invoice.</source>
        <translation>電子インボイスがあるのは発行済の請求書だけです。</translation>
    </message>
    <message>
        <source>Only issued invoices are sent.</source>
        <translation>送信できるのは発行済の請求書だけです。</translation>
    </message>
    <message>
        <source>The e-mail template of client %1: %2</source>
        <translation>依頼者 %1 のメール文面：%2</translation>
    </message>
    <message>
        <source>The debtor has no e-mail address: enter one on the debtor or give a recipient.</source>
        <translation>債務者にメールアドレスがありません。債務者に登録するか、宛先を入力してください。</translation>
    </message>
</context>
<context>
    <name>kaishu::mail</name>
    <message>
        <source>no sender address</source>
        <translation>差出人のアドレスがありません</translation>
    </message>
    <message>
        <source>invalid sender address: %1</source>
        <translation>差出人のアドレスが正しくありません：%1</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>宛先がありません</translation>
    </message>
    <message>
        <source>invalid address in %1: %2</source>
        <translation>%1 のアドレスが正しくありません：%2</translation>
    </message>
    <message>
        <source>invalid address in Reply-To: %1</source>
        <translation>Reply-To のアドレスが正しくありません：%1</translation>
    </message>
    <message>
        <source>an attachment has no file name</source>
        <translation>添付ファイルにファイル名がありません</translation>
    </message>
    <message>
        <source>&apos;{&apos; at position %1 is not closed (write {{ for a brace)</source>
        <translation>%1文字目の「{」が閉じられていません（波括弧そのものは {{ と書いてください）</translation>
    </message>
    <message>
        <source>empty placeholder {} at position %1</source>
        <translation>%1文字目の差込項目 {} が空です</translation>
    </message>
    <message>
        <source>&apos;}&apos; at position %1 has no opening &apos;{&apos; (write }} for a brace)</source>
        <translation>%1文字目の「}」に対応する「{」がありません（波括弧そのものは }} と書いてください）</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}</source>
        <translation>不明な差込項目 {%1} です</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>件名：%1</translation>
    </message>
    <message>
        <source>body: %1</source>
        <translation>本文：%1</translation>
    </message>
    <message>
        <source>The mail server %1 was not found (%2)</source>
        <translation>メールサーバー %1 が見つかりません（%2）</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server %1: %2</source>
        <translation>メールサーバー %1 に接続できません：%2</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer within %2 seconds</source>
        <translation>メールサーバー %1 が%2秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>Authentication failed for user %1: %2</source>
        <translation>ユーザー %1 の認証に失敗しました：%2</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS: choose another security setting</source>
        <translation>メールサーバー %1 は STARTTLS に対応していません。別の暗号化設定を選択してください</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 could not be verified: %2</source>
        <translation>メールサーバー %1 の証明書を検証できませんでした：%2</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2</source>
        <translation>CA ファイル %1 を使用できません：%2</translation>
    </message>
    <message>
        <source>The TLS connection to the mail server %1 failed: %2</source>
        <translation>メールサーバー %1 との TLS 接続に失敗しました：%2</translation>
    </message>
    <message>
        <source>Recipient %1 rejected by the mail server: %2</source>
        <translation>宛先 %1 がメールサーバーに拒否されました：%2</translation>
    </message>
    <message>
        <source>The mail server requires authentication (set a user name and password): %1</source>
        <translation>メールサーバーが認証を求めています（ユーザー名とパスワードを設定してください）：%1</translation>
    </message>
    <message>
        <source>Sender %1 rejected by the mail server: %2</source>
        <translation>差出人 %1 がメールサーバーに拒否されました：%2</translation>
    </message>
    <message>
        <source>The mail server rejected the message: %1</source>
        <translation>メールサーバーがメッセージを拒否しました：%1</translation>
    </message>
    <message>
        <source>The mail server %1 refused: %2</source>
        <translation>メールサーバー %1 が拒否しました：%2</translation>
    </message>
    <message>
        <source>Sending through %1 failed: %2</source>
        <translation>%1 経由の送信に失敗しました：%2</translation>
    </message>
    <message>
        <source>No mail server is set</source>
        <translation>メールサーバーが設定されていません</translation>
    </message>
    <message>
        <source>Invalid mail server port %1</source>
        <translation>メールサーバーのポート番号 %1 が正しくありません</translation>
    </message>
    <message>
        <source>invalid recipient address: %1</source>
        <translation>宛先のアドレスが正しくありません：%1</translation>
    </message>
    <message>
        <source>The network library could not be initialised</source>
        <translation>ネットワークライブラリを初期化できませんでした</translation>
    </message>
    <message>
        <source>Invalid mail server name %1</source>
        <translation>メールサーバー名 %1 が正しくありません</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>メモリが不足しています</translation>
    </message>
</context>
<context>
    <name>kaishu::parties</name>
    <message>
        <source>is required</source>
        <translation>入力必須です</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>%1文字を超えています</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当座</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>貯蓄</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>取引中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>解約済</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>空白を含めることはできません</translation>
    </message>
    <message>
        <source>is required with a bank account</source>
        <translation>口座を登録する場合は入力必須です</translation>
    </message>
    <message>
        <source>a person has no corporate number</source>
        <translation>個人には法人番号がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefecture</source>
        <translation>「%1」は都道府県名ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSIC major group (A–T)</source>
        <translation>「%1」は日本標準産業分類の大分類（A～T）ではありません</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>マイナスにはできません</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>%1 は、開いた後に他の利用者によって変更されました。読み込み直してからもう一度操作してください。</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>依頼者 %1</translation>
    </message>
    <message>
        <source>Debtor %1</source>
        <translation>債務者 %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>取引口座 %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file has no column for this required field</source>
        <translation>必須項目に対応する列がファイルにありません</translation>
    </message>
    <message>
        <source>client %1 appears already on line %2</source>
        <translation>依頼者 %1 は%2行目にも含まれています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account type (普通, 当座, 貯蓄)</source>
        <translation>「%1」は預金種目（普通・当座・貯蓄）ではありません</translation>
    </message>
    <message>
        <source>customer %1 of client %2 appears already on line %3</source>
        <translation>依頼者 %2 の顧客 %1 は%3行目にも含まれています</translation>
    </message>
    <message>
        <source>there is no client %1</source>
        <translation>依頼者 %1 は登録されていません</translation>
    </message>
    <message>
        <source>corporate number %1 belongs to %2, but customer %3 is %4</source>
        <translation>法人番号 %1 は %2 のものですが、顧客 %3 は %4 です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yen</source>
        <translation>「%1」は円の金額として読み取れません</translation>
    </message>
    <message>
        <source>virtual account %1 appears already on line %2</source>
        <translation>振込専用口座 %1 は%2行目にも含まれています</translation>
    </message>
    <message>
        <source>client %1 exists already</source>
        <translation>依頼者 %1 はすでに登録されています</translation>
    </message>
    <message>
        <source>Client %1 was deleted by someone else.</source>
        <translation>依頼者 %1 は他の利用者によって削除されました。</translation>
    </message>
    <message>
        <source>a debtor with corporate number %1 exists already</source>
        <translation>法人番号 %1 の債務者はすでに登録されています</translation>
    </message>
    <message>
        <source>Debtor %1 was deleted by someone else.</source>
        <translation>債務者 %1 は他の利用者によって削除されました。</translation>
    </message>
    <message>
        <source>corporate number %1 belongs to %2</source>
        <translation>法人番号 %1 は %2 に登録済みです</translation>
    </message>
    <message>
        <source>virtual account %1 is assigned to customer %2 already</source>
        <translation>振込専用口座 %1 はすでに顧客 %2 に割り当てられています</translation>
    </message>
    <message>
        <source>the client or the debtor does not exist</source>
        <translation>依頼者または債務者が存在しません</translation>
    </message>
    <message>
        <source>customer code %1 is used by this client already</source>
        <translation>顧客コード %1 はこの依頼者ですでに使われています</translation>
    </message>
    <message>
        <source>Account %1 was deleted by someone else.</source>
        <translation>取引口座 %1 は他の利用者によって削除されました。</translation>
    </message>
    <message>
        <source>are not valid payment terms</source>
        <translation>支払条件として正しくありません</translation>
    </message>
    <message>
        <source>Debtor %1 no longer exists.</source>
        <translation>債務者 %1 はすでに存在しません。</translation>
    </message>
    <message>
        <source>Client %1 no longer exists.</source>
        <translation>依頼者 %1 はすでに存在しません。</translation>
    </message>
</context>
<context>
    <name>kaishu::payments</name>
    <message>
        <source>more than %1 problems; the file is not read further</source>
        <translation>問題が %1 件を超えたため、これ以上読み込みません</translation>
    </message>
    <message>
        <source>the header has no column named &quot;%1&quot;</source>
        <translation>見出し行に「%1」という列がありません</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>the line has only %1 columns</source>
        <translation>この行には %1 列しかありません</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>日付がありません</translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot;</source>
        <translation>日付ではありません：「%1」</translation>
    </message>
    <message>
        <source>not an amount: &quot;%1&quot;</source>
        <translation>金額ではありません：「%1」</translation>
    </message>
    <message>
        <source>the amount is missing or zero</source>
        <translation>金額がないか 0 です</translation>
    </message>
    <message>
        <source>the amount is out of range</source>
        <translation>金額が範囲外です</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>金額がマイナスです</translation>
    </message>
    <message>
        <source>both %1 and %2 are filled</source>
        <translation>%1 と %2 の両方に値があります</translation>
    </message>
    <message>
        <source>neither %1 nor %2 is filled</source>
        <translation>%1 と %2 のどちらにも値がありません</translation>
    </message>
    <message>
        <source>%1 does not follow from the previous balance and this line&apos;s amount (are the money columns mapped right?)</source>
        <translation>%1 が前の残高とこの行の金額から計算した値と合いません（金額の列の対応は正しいですか？）</translation>
    </message>
    <message>
        <source>the column mapping needs a date column and an amount or deposit column</source>
        <translation>列の対応には日付の列と、金額または入金額の列が必要です</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file has fewer than the mapping&apos;s %1 header rows</source>
        <translation>ファイルの行数が、列の対応で指定した見出し行 %1 行に足りません</translation>
    </message>
    <message>
        <source>the file has no lines after its header</source>
        <translation>見出し行の後に明細行がありません</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>%1 レコード目</translation>
    </message>
    <message>
        <source>Paid into virtual account %1 of %2</source>
        <translation>%2 の振込専用口座 %1 への入金</translation>
    </message>
    <message>
        <source>Invoice %1 named in the EDI information</source>
        <translation>EDI 情報に請求書 %1 の記載あり</translation>
    </message>
    <message>
        <source>Invoice %1 named in the payer name</source>
        <translation>振込名義に請求書 %1 の記載あり</translation>
    </message>
    <message>
        <source>Customer code %1 named in the EDI information</source>
        <translation>EDI 情報に顧客コード %1 の記載あり</translation>
    </message>
    <message>
        <source>Customer code %1 named in the payer name</source>
        <translation>振込名義に顧客コード %1 の記載あり</translation>
    </message>
    <message>
        <source>Payer name %1 from %2 %3 was confirmed for %4 before</source>
        <translation>%2 %3 からの振込名義 %1 は以前 %4 として確認済み</translation>
    </message>
    <message>
        <source>Payer name %1 was confirmed for %2 before</source>
        <translation>振込名義 %1 は以前 %2 として確認済み</translation>
    </message>
    <message>
        <source>Payer name %1 was confirmed for %2 before, but from another bank</source>
        <translation>振込名義 %1 は以前 %2 として確認済み（ただし別の銀行から）</translation>
    </message>
    <message>
        <source>Payer name %1 matches %2 of %3 (%4%)</source>
        <translation>振込名義 %1 が %3 の %2 と一致（%4%）</translation>
    </message>
    <message>
        <source>, but the legal form differs (%1 / %2)</source>
        <translation>（ただし法人格が異なる：%1 / %2）</translation>
    </message>
    <message>
        <source>not applied automatically: the name of %1 is as close (%2%)</source>
        <translation>自動消込せず：%1 の名義も同程度に近い（%2%）</translation>
    </message>
    <message>
        <source>short by %1 yen: the fee this debtor deducted before; pays %2</source>
        <translation>%1 円不足：この債務者が以前差し引いた手数料と同額。%2 の入金</translation>
    </message>
    <message>
        <source>short by %1 yen: bank fee deducted by the payer; pays %2</source>
        <translation>%1 円不足：振込手数料の差引と判断。%2 の入金</translation>
    </message>
    <message>
        <source>amount equals invoice %1</source>
        <translation>請求書 %1 と金額一致</translation>
    </message>
    <message>
        <source>pays invoice %1 in part; %2 yen remain</source>
        <translation>請求書 %1 の一部入金。残り %2 円</translation>
    </message>
    <message>
        <source>amount equals invoice %1, the oldest of %2 open invoices of that amount</source>
        <translation>請求書 %1 と金額一致（同額の未回収請求書 %2 件のうち最も古いもの）</translation>
    </message>
    <message>
        <source>amount equals invoices %1 together</source>
        <translation>請求書 %1 の合計と金額一致</translation>
    </message>
    <message>
        <source>no open invoice; kept as credit</source>
        <translation>未回収の請求書なし。預り金として保留</translation>
    </message>
    <message>
        <source>amount equals the %1 oldest open invoices together</source>
        <translation>古い順に未回収請求書 %1 件の合計と金額一致</translation>
    </message>
    <message>
        <source>partial payment: %1 yen of %2 yen open, oldest invoice first</source>
        <translation>一部入金：未回収 %2 円のうち %1 円。古い請求書から充当</translation>
    </message>
    <message>
        <source>%1 yen more than all open invoices (%2 yen); kept as credit</source>
        <translation>未回収請求書の合計（%2 円）より %1 円多い。差額は預り金として保留</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>the columns of this CSV file are not recognised: choose or save a column mapping</source>
        <translation>この CSV ファイルの列を判別できません。列の対応を選ぶか保存してください</translation>
    </message>
    <message>
        <source>there is no saved column mapping named %1</source>
        <translation>「%1」という名前の列の対応は保存されていません</translation>
    </message>
    <message>
        <source>the file holds no statement</source>
        <translation>ファイルに入金明細がありません</translation>
    </message>
    <message>
        <source>the amount must be above 0</source>
        <translation>金額は 0 より大きくしてください</translation>
    </message>
    <message>
        <source>the date is missing or not a date</source>
        <translation>日付がないか、日付として読めません</translation>
    </message>
    <message>
        <source>the payer&apos;s name is missing</source>
        <translation>振込依頼人名がありません</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>invoice %1 no longer owes %2 yen; reload and match again</source>
        <translation>請求書 %1 の残高はもう %2 円ありません。再読込してから消込み直してください</translation>
    </message>
    <message>
        <source>the payment was changed by someone else; reload it</source>
        <translation>この入金は他の担当者が変更しました。再読込してください</translation>
    </message>
    <message>
        <source>the payment is no longer open; reload it</source>
        <translation>この入金はすでに処理済みです。再読込してください</translation>
    </message>
    <message>
        <source>the allocations (%1 yen) and the fee (%2 yen) do not account for the payment of %3 yen</source>
        <translation>消込額（%1 円）と振込手数料（%2 円）が入金額 %3 円と合いません</translation>
    </message>
    <message>
        <source>allocated by %1</source>
        <translation>%1 が消込</translation>
    </message>
    <message>
        <source>say why the match is taken back</source>
        <translation>消込を取り消す理由を入力してください</translation>
    </message>
    <message>
        <source>only a matched payment or one marked as fee or income can be taken back</source>
        <translation>取り消せるのは消込済の入金か、手数料・雑収入として処理した入金だけです</translation>
    </message>
    <message>
        <source>invoice %1 cannot give back %2 yen; reload it</source>
        <translation>請求書 %1 から %2 円を戻せません。再読込してください</translation>
    </message>
    <message>
        <source>a payment can be marked as a fee or as other income only</source>
        <translation>入金は振込手数料か雑収入としてのみ処理できます</translation>
    </message>
    <message>
        <source>no bank transaction has the id %1</source>
        <translation>ID %1 の入金明細はありません</translation>
    </message>
    <message>
        <source>a column mapping needs a name</source>
        <translation>列の対応には名前が必要です</translation>
    </message>
    <message>
        <source>the file is in EBCDIC, and this machine has no EBCDIC (ibm-290) table</source>
        <translation>ファイルは EBCDIC ですが、このコンピューターには EBCDIC（ibm-290）の変換表がありません</translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation>ファイルにレコードがありません</translation>
    </message>
    <message>
        <source>the file does not start with a Zengin header record (1): not a Zengin 01 or 03 file</source>
        <translation>ファイルが全銀のヘッダーレコード（1）で始まっていません。全銀 01・03 のファイルではありません</translation>
    </message>
    <message>
        <source>a record after the end record (9)</source>
        <translation>エンドレコード（9）の後にレコードがあります</translation>
    </message>
    <message>
        <source>the group that starts at record %1 has no trailer record (8)</source>
        <translation>%1 レコード目から始まるグループにトレーラーレコード（8）がありません</translation>
    </message>
    <message>
        <source>the file has no end record (9)</source>
        <translation>ファイルにエンドレコード（9）がありません</translation>
    </message>
    <message>
        <source>the record has %1 bytes; a Zengin record has %2</source>
        <translation>レコードが %1 バイトです。全銀のレコードは %2 バイトです</translation>
    </message>
    <message>
        <source>a header record, but the group that starts at record %1 has no trailer record (8)</source>
        <translation>ヘッダーレコードですが、%1 レコード目から始まるグループにトレーラーレコード（8）がありません</translation>
    </message>
    <message>
        <source>a data record outside a header…trailer group</source>
        <translation>ヘッダー～トレーラーのグループ外にデータレコードがあります</translation>
    </message>
    <message>
        <source>a trailer record without a header record</source>
        <translation>ヘッダーレコードのないトレーラーレコードです</translation>
    </message>
    <message>
        <source>the end record comes before the trailer record (8) of the group that starts at record %1</source>
        <translation>%1 レコード目から始まるグループのトレーラーレコード（8）より前にエンドレコードがあります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no record type (1 header, 2 data, 8 trailer, 9 end)</source>
        <translation>「%1」はデータ区分ではありません（1 ヘッダー、2 データ、8 トレーラー、9 エンド）</translation>
    </message>
    <message>
        <source>byte %1 at position %2 is no EBCDIC katakana (CCSID 290) character</source>
        <translation>%2 桁目のバイト %1 は EBCDIC カナ（CCSID 290）の文字ではありません</translation>
    </message>
    <message>
        <source>byte %1 at position %2 is no JIS X 0201 character</source>
        <translation>%2 桁目のバイト %1 は JIS X 0201 の文字ではありません</translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>数字ではありません：「%1」</translation>
    </message>
    <message>
        <source>not a date (YYMMDD): &quot;%1&quot;</source>
        <translation>日付（YYMMDD）ではありません：「%1」</translation>
    </message>
    <message>
        <source>not a date of 令和 or 平成 (YYMMDD): &quot;%1&quot;</source>
        <translation>令和・平成の日付（YYMMDD）ではありません：「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 1 (plus) nor 2 (minus)</source>
        <translation>「%1」は 1（プラス）でも 2（マイナス）でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 01 (振込入金通知) nor 03 (入出金取引明細)</source>
        <translation>「%1」は 01（振込入金通知）でも 03（入出金取引明細）でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 0 (JIS) nor 1 (EBCDIC)</source>
        <translation>「%1」は 0（JIS）でも 1（EBCDIC）でもありません</translation>
    </message>
    <message>
        <source>the header says JIS (0), but the file is written in EBCDIC</source>
        <translation>ヘッダーは JIS（0）ですが、ファイルは EBCDIC で書かれています</translation>
    </message>
    <message>
        <source>the header says EBCDIC (1), but the file is written in JIS X 0201</source>
        <translation>ヘッダーは EBCDIC（1）ですが、ファイルは JIS X 0201 で書かれています</translation>
    </message>
    <message>
        <source>%1 is before 勘定日(自) %2</source>
        <translation>%1 が勘定日(自) %2 より前です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no deposit kind (1 普通, 2 当座, 4 貯蓄, 9 other)</source>
        <translation>「%1」は預金種目ではありません（1 普通、2 当座、4 貯蓄、9 その他）</translation>
    </message>
    <message>
        <source>%1 lies outside the header&apos;s 勘定日 %2 – %3</source>
        <translation>%1 がヘッダーの勘定日 %2 – %3 の範囲外です</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>金額が 0 です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 1 (cancelled) nor blank</source>
        <translation>「%1」は 1（取消）でも空白でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 1 (入金) nor 2 (出金)</source>
        <translation>「%1」は 1（入金）でも 2（出金）でもありません</translation>
    </message>
    <message>
        <source>the file has %1, the trailer says %2</source>
        <translation>ファイルは %1、トレーラーは %2 です</translation>
    </message>
    <message>
        <source>the amounts add up to more than can be counted</source>
        <translation>金額の合計が計算できる範囲を超えています</translation>
    </message>
    <message>
        <source>the amounts add up to %1, the trailer says %2</source>
        <translation>金額の合計は %1、トレーラーは %2 です</translation>
    </message>
    <message>
        <source>the balance leaves what can be counted</source>
        <translation>残高が計算できる範囲を超えています</translation>
    </message>
    <message>
        <source>取引前残高 %1 + 入金 %2 − 出金 %3 = %4, the trailer says %5</source>
        <translation>取引前残高 %1 + 入金 %2 − 出金 %3 = %4 ですが、トレーラーは %5 です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the field&apos;s %2 bytes</source>
        <translation>「%1」が項目の長さ %2 バイトを超えています</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 がマイナスです</translation>
    </message>
    <message>
        <source>%1 has more than %2 digits</source>
        <translation>%1 が %2 桁を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数字ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2, which JIS X 0201 cannot hold</source>
        <translation>「%1」に JIS X 0201 で表せない %2 があります</translation>
    </message>
    <message>
        <source>%1 cannot be written as YYMMDD</source>
        <translation>%1 は YYMMDD で書けません</translation>
    </message>
    <message>
        <source>a 振込入金通知 holds incoming money only</source>
        <translation>振込入金通知には入金しか書けません</translation>
    </message>
    <message>
        <source>a 振込入金通知 has no 取引区分</source>
        <translation>振込入金通知には取引区分がありません</translation>
    </message>
    <message>
        <source>a 振込入金通知 has no 摘要</source>
        <translation>振込入金通知には摘要がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not two digits</source>
        <translation>「%1」は 2 桁の数字ではありません</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>明細 %1</translation>
    </message>
    <message>
        <source>only Zengin 01 and 03 statements can be written</source>
        <translation>書き出せるのは全銀 01・03 の明細だけです</translation>
    </message>
    <message>
        <source>header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>the amount must be positive</source>
        <translation>金額はプラスにしてください</translation>
    </message>
    <message>
        <source>trailer</source>
        <translation>トレーラー</translation>
    </message>
    <message>
        <source>the closing balance %1 does not follow from the opening balance and the lines (%2)</source>
        <translation>取引後残高 %1 が取引前残高と明細から計算した値（%2）と合いません</translation>
    </message>
    <message>
        <source>there is no statement to write</source>
        <translation>書き出す明細がありません</translation>
    </message>
    <message>
        <source>this machine has no EBCDIC (ibm-290) table</source>
        <translation>このコンピューターには EBCDIC（ibm-290）の変換表がありません</translation>
    </message>
    <message>
        <source>end</source>
        <translation>エンド</translation>
    </message>
    <message>
        <source>byte %1 of the file has no EBCDIC counterpart</source>
        <translation>ファイルの %1 バイト目に対応する EBCDIC の文字がありません</translation>
    </message>
    <message>
        <source>another debtor&apos;s name is as close, but only this one owes the amount</source>
        <translation>同名の債務者がいますが、この金額の請求があるのはこの債務者だけです</translation>
    </message>
    <message>
        <source>no invoice has the id %1</source>
        <translation>ID %1 の請求書はありません</translation>
    </message>
    <message>
        <source>payments are recorded on issued invoices that are still open</source>
        <translation>入金は、発行済みで未回収の請求書にのみ登録できます</translation>
    </message>
    <message>
        <source>the amount must be above 0 and at most the balance of %1 yen</source>
        <translation>金額は 0 円より大きく、残高 %1 円以下にしてください</translation>
    </message>
    <message>
        <source>no other debtor with a similar name owes the amount</source>
        <translation>似た名義の他の債務者にこの金額の未回収はない</translation>
    </message>
    <message>
        <source>Payer name %1 is not known; the amount equals invoice %2 of %3</source>
        <translation>振込名義 %1 は未登録。金額が %3 の請求書 %2 と一致</translation>
    </message>
    <message>
        <source>Payer name %1 is not known; the amount equals invoice %2 of %3, one of %4 open invoices of that amount</source>
        <translation>振込名義 %1 は未登録。金額が %3 の請求書 %2 と一致（同額の未回収請求書 %4 件のうちの一件）</translation>
    </message>
    <message>
        <source>all open invoices (%1 yen) paid and %2 yen more, kept as credit</source>
        <translation>未回収請求書すべて（%1 円）を消込、超過分 %2 円は預り金として保留</translation>
    </message>
    <message>
        <source>The receiving account %1 was changed or removed by someone else since you opened it. Reload it and try again.</source>
        <translation>入金口座 %1 は開いた後に他の利用者が変更または削除しました。読み直してからやり直してください。</translation>
    </message>
    <message>
        <source>is already registered as a receiving account</source>
        <translation>は入金口座として登録済みです</translation>
    </message>
    <message>
        <source>is already registered as the payee account of client %1 %2</source>
        <translation>は依頼者 %1 %2 の振込先口座として登録済みです</translation>
    </message>
    <message>
        <source>no client has the id %1</source>
        <translation>ID %1 の依頼者はありません</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>口座 %1</translation>
    </message>
    <message>
        <source>invoice %1 was issued after the payment (%2)</source>
        <translation>請求書 %1 は入金日より後の発行（%2）</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a match reason</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 %3</source>
        <translation>%1 が%2 %3 を超えています</translation>
    </message>
</context>
<context>
    <name>kaishu::screening</name>
    <message>
        <source>missing</source>
        <translation>欠損</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>%1 以下</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>%1 超</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 超 %2 以下</translation>
    </message>
    <message>
        <source>the file has no rows after its header</source>
        <translation>見出し行の後にデータ行がありません</translation>
    </message>
    <message>
        <source>the header has no target column %1</source>
        <translation>見出し行に目的変数の列 %1 がありません</translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation>見出し行に列 %1 がありません</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>%1 行目: 項目数が %2 です（見出し行は %3）</translation>
    </message>
    <message>
        <source>line %1, %2: no outcome</source>
        <translation>%1 行目、%2: 結果がありません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>%1 行目、%2: %3</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>が空です</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>が日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>が金額ではありません</translation>
    </message>
    <message>
        <source>is not 1 or 0</source>
        <translation>が 1 でも 0 でもありません</translation>
    </message>
    <message>
        <source>the split date %1 leaves no invoices on one side</source>
        <translation>分割日 %1 では学習側または検証側の請求書がありません</translation>
    </message>
    <message>
        <source>the training invoices are all late or all on time</source>
        <translation>学習用の請求書がすべて遅延、またはすべて期日内です</translation>
    </message>
    <message>
        <source>no training invoice was settled</source>
        <translation>学習用の請求書に入金済みのものがありません</translation>
    </message>
    <message>
        <source>no test invoice was settled</source>
        <translation>検証用の請求書に入金済みのものがありません</translation>
    </message>
    <message>
        <source>external score %1</source>
        <translation>外部評点 %1</translation>
    </message>
    <message>
        <source>no external score</source>
        <translation>外部評点なし</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) in business</source>
        <translation>
            <numerusform>業歴 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>years in business unknown</source>
        <translation>業歴不明</translation>
    </message>
    <message>
        <source>capital %1 yen</source>
        <translation>資本金 %1 円</translation>
    </message>
    <message>
        <source>capital unknown</source>
        <translation>資本金不明</translation>
    </message>
    <message>
        <source>paid %1 of %2 invoices late</source>
        <translation>請求書 %2 件中 %1 件が支払遅延</translation>
    </message>
    <message>
        <source>no payments with us yet</source>
        <translation>当社での支払実績なし</translation>
    </message>
    <message numerus="yes">
        <source>need: %1 yen a month × %n month(s) of credit</source>
        <translation>
            <numerusform>所要額: 月 %1 円 × 与信期間 %n か月</numerusform>
        </translation>
    </message>
    <message>
        <source>cap for external score %1: %2 yen</source>
        <translation>外部評点 %1 の上限: %2 円</translation>
    </message>
    <message>
        <source>cap without an external score: %1 yen</source>
        <translation>外部評点なしの上限: %1 円</translation>
    </message>
    <message>
        <source>%1‰ of net assets: %2 yen</source>
        <translation>純資産の %1‰: %2 円</translation>
    </message>
    <message>
        <source>grade %1: %2‰ of %3 yen</source>
        <translation>格付 %1: %3 円の %2‰</translation>
    </message>
    <message>
        <source>prepayment only</source>
        <translation>前払いのみ</translation>
    </message>
    <message>
        <source>a supervisor decides</source>
        <translation>上長が判断</translation>
    </message>
    <message>
        <source>owes %1 yen over the limit of %2 yen: new invoices need approval</source>
        <translation>限度額 %2 円を %1 円超過: 新規請求には承認が必要</translation>
    </message>
    <message>
        <source>review every month</source>
        <translation>毎月見直し</translation>
    </message>
    <message>
        <source>is required (e.g. TDB, TSR)</source>
        <translation>は必須です（例: TDB、TSR）</translation>
    </message>
    <message>
        <source>is longer than 40 characters</source>
        <translation>が40文字を超えています</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>は必須です</translation>
    </message>
    <message>
        <source>must be 0–100, not %1</source>
        <translation>は 0〜100 です（%1 は不可）</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>は負の値にできません</translation>
    </message>
    <message>
        <source>is longer than 2,000 characters</source>
        <translation>が2,000文字を超えています</translation>
    </message>
    <message>
        <source>no debtor has the id %1</source>
        <translation>ID %1 の債務者はありません</translation>
    </message>
    <message>
        <source>the header has an unknown column %1</source>
        <translation>見出し行に不明な列 %1 があります</translation>
    </message>
    <message>
        <source>no customer %1 of client %2</source>
        <translation>依頼者 %2 に顧客 %1 はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>「%1」はパーセント値ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>「%1」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>%1 late rate %2%, %3 times the portfolio&apos;s</source>
        <translation>%1の延滞率 %2%（全体の %3 倍）</translation>
    </message>
    <message>
        <source>%1 late rate %2% (portfolio %3%)</source>
        <translation>%1の延滞率 %2%（全体 %3%）</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) paid with us so far</source>
        <translation>
            <numerusform>これまでに請求書 %n 件の支払あり</numerusform>
        </translation>
    </message>
    <message>
        <source>no invoice paid with us yet</source>
        <translation>支払実績なし</translation>
    </message>
    <message numerus="yes">
        <source>paid %1 of %n invoice(s) after the due date</source>
        <translation>
            <numerusform>請求書 %n 件中 %1 件が支払期限後の入金</numerusform>
        </translation>
    </message>
    <message>
        <source>on average %1 days late</source>
        <translation>平均 %1 日の遅れ</translation>
    </message>
    <message>
        <source>at worst %1 days late</source>
        <translation>最大 %1 日の遅れ</translation>
    </message>
    <message>
        <source>the last payments on average %1 days late</source>
        <translation>直近の入金は平均 %1 日の遅れ</translation>
    </message>
    <message>
        <source>pays on average %1 days after the due date</source>
        <translation>平均して支払期限の %1 日後に入金</translation>
    </message>
    <message>
        <source>pays on average %1 days before the due date</source>
        <translation>平均して支払期限の %1 日前に入金</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue now</source>
        <translation>
            <numerusform>現在 %n 件が期日超過</numerusform>
        </translation>
    </message>
    <message>
        <source>the oldest overdue invoice %1 days past due</source>
        <translation>最も古い期日超過は期限から %1 日経過</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) open</source>
        <translation>
            <numerusform>未回収の請求書 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of invoices disputed</source>
        <translation>請求書の %1% に異議あり</translation>
    </message>
    <message>
        <source>usual invoice amount %1 yen</source>
        <translation>通常の請求額 %1 円</translation>
    </message>
    <message>
        <source>payment terms of %1 days</source>
        <translation>支払サイト %1 日</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>%1 months since the previous invoice</source>
        <translation>前回の請求から %1 か月</translation>
    </message>
    <message>
        <source>pays on average %1 days after the invoice date</source>
        <translation>平均して請求日の %1 日後に入金</translation>
    </message>
    <message>
        <source>no external credit score</source>
        <translation>外部評点なし</translation>
    </message>
    <message>
        <source>external credit score %1</source>
        <translation>外部評点 %1</translation>
    </message>
    <message>
        <source>%1 years in business</source>
        <translation>業歴 %1 年</translation>
    </message>
    <message>
        <source>net assets negative (債務超過)</source>
        <translation>純資産がマイナス（債務超過）</translation>
    </message>
    <message>
        <source>net assets positive</source>
        <translation>純資産はプラス</translation>
    </message>
    <message>
        <source>Not enough history to train before %1: %2 invoices with a known outcome (%3 paid 30 or more days late) before %4 and %5 after; at least %6 (%7 late) and %8 are needed. Screening keeps the expert card.</source>
        <translation>%1 より前の履歴が学習には足りません：結果の分かっている請求書が %4 より前に %2 件（うち30日以上の延滞 %3 件）、以後に %5 件です。少なくとも %6 件（延滞 %7 件）と %8 件が必要です。審査は引き続きエキスパート評点表で行います。</translation>
    </message>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>取引先 %1 は存在しません。</translation>
    </message>
    <message>
        <source>Only a supervisor (%1) may change who the supervisors are.</source>
        <translation>上長の変更は上長（%1）のみが行えます。</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor may override a screening result.</source>
        <translation>%1 は上長ではありません。審査結果の上書きは上長のみが行えます。</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>上書きには理由が必要です。</translation>
    </message>
    <message>
        <source>The credit limit must not be negative.</source>
        <translation>与信限度額はマイナスにできません。</translation>
    </message>
    <message>
        <source>Screening result %1 does not exist.</source>
        <translation>審査結果 %1 は存在しません。</translation>
    </message>
    <message>
        <source>open amount %1 times the usual invoice</source>
        <translation>未回収残高が通常の請求額の %1 倍</translation>
    </message>
    <message>
        <source>%1% of invoices paid in parts</source>
        <translation>請求書の %1% が分割入金</translation>
    </message>
    <message>
        <source>sales channel</source>
        <translation>販売チャネル</translation>
    </message>
    <message>
        <source>No trained model with a payment timing yet: train the model first (screening train).</source>
        <translation>入金時期モデルを含む学習済みモデルがありません。先にモデルを学習してください (screening train)。</translation>
    </message>
</context>
<context>
    <name>kaishu::storage</name>
    <message>
        <source>The database location is empty.</source>
        <translation>データベースの場所が指定されていません。</translation>
    </message>
    <message>
        <source>Unsupported database URL &quot;%1&quot;: use a file path or postgresql://user@host:port/database.</source>
        <translation>対応していないデータベースURLです：「%1」。ファイルのパスか postgresql://ユーザー@ホスト:ポート/データベース の形式で指定してください。</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL: %1</source>
        <translation>PostgreSQLのURLが正しくありません：%1</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: use postgresql://user@host:port/database.</source>
        <translation>PostgreSQLのURLにデータベース名がありません。postgresql://ユーザー@ホスト:ポート/データベース の形式で指定してください。</translation>
    </message>
    <message>
        <source>An inner step failed, so the whole change was rolled back.</source>
        <translation>途中の処理が失敗したため、変更全体を取り消しました。</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Qt SQLドライバー %1 がインストールされていません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません：%2</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>データベースエラー：%1（処理：%2）</translation>
    </message>
    <message>
        <source>Database error: the insert returned no id (in: %1)</source>
        <translation>データベースエラー：登録したデータのIDが返されませんでした（処理：%1）</translation>
    </message>
    <message>
        <source>The backup file %1 exists already.</source>
        <translation>バックアップファイル %1 はすでに存在します。</translation>
    </message>
    <message>
        <source>Cannot back up the PostgreSQL database: pg_dump is not installed.</source>
        <translation>PostgreSQLデータベースをバックアップできません。pg_dump がインストールされていません。</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump が失敗しました：%1</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this Kaishu understands (%2). Please update Kaishu.</source>
        <translation>このデータベースのスキーマバージョン %1 は、この回収が対応するバージョン（%2）より新しいため開けません。回収を更新してください。</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::AgencyProfileForm</name>
    <message>
        <source>Agency profile</source>
        <translation>代行会社情報</translation>
    </message>
    <message>
        <source>The agency as its documents name it</source>
        <translation>書類に記載する代行会社</translation>
    </message>
    <message>
        <source>T + 13 digits</source>
        <translation>T＋13桁の数字</translation>
    </message>
    <message>
        <source>123-4567</source>
        <translation>123-4567</translation>
    </message>
    <message>
        <source>03-1234-5678</source>
        <translation>03-1234-5678</translation>
    </message>
    <message>
        <source>Clients whose billing settings name the agency as issuer get invoices in this name and registration number, on their behalf.</source>
        <translation>請求設定で発行者を代行会社にした依頼者の請求書は、依頼者に代わってこの名称と登録番号で発行されます。</translation>
    </message>
    <message>
        <source>Edit agency profile</source>
        <translation>代行会社情報の変更</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ArchiveSearchDialog</name>
    <message>
        <source>Archived documents</source>
        <translation>保存文書の検索（電子帳簿保存）</translation>
    </message>
    <message>
        <source>Every issued invoice, credit note and receipt is kept as issued, with its SHA-256. Search by any combination of the conditions.</source>
        <translation>発行した請求書・返還請求書・領収書は、発行したときの内容のまま SHA-256 とともに保存されています。条件は自由に組み合わせて検索できます。</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>検索条件</translation>
    </message>
    <message>
        <source>&amp;Issued from</source>
        <translation>発行日(&amp;I)</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Part of the name or customer code</source>
        <translation>名称または顧客コードの一部</translation>
    </message>
    <message>
        <source>Part of the document number</source>
        <translation>文書番号の一部</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Counterparty:</source>
        <translation>取引先(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>番号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yen.</source>
        <translation>「%1」は円単位の金額ではありません。</translation>
    </message>
    <message>
        <source>Cannot search the archive</source>
        <translation>保存文書を検索できません</translation>
    </message>
    <message>
        <source>The first %1 documents found; narrow the conditions to see the others.</source>
        <translation>該当する文書のうち先頭の %1 件を表示しています。残りを見るには条件を絞り込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n 件の文書が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) no longer matches the SHA-256 recorded when it was archived: the kept file has been changed or damaged. It is not opened or saved; report this to whoever keeps the database.</source>
        <translation>%1（%2）は保存時に記録した SHA-256 と一致しません。保存されたファイルが改ざんまたは破損しています。このファイルは開くことも保存することもできません。データベースの管理者に報告してください。</translation>
    </message>
    <message>
        <source>Cannot read the archive</source>
        <translation>保存文書を読み込めません</translation>
    </message>
    <message>
        <source>No program opens this kind of file here. It was written to %1.</source>
        <translation>この種類のファイルを開くプログラムがありません。ファイルは %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Save archived document</source>
        <translation>保存文書を書き出す</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XMLファイル (*.xml)</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ArchiveTableModel</name>
    <message>
        <source>SHA-256 %1 (%2 bytes)</source>
        <translation>SHA-256 %1（%2 バイト）</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Archived by</source>
        <translation>保存者</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::BankCsvImportDialog</name>
    <message>
        <source>Read bank CSV %1</source>
        <translation>銀行CSVの読込 %1</translation>
    </message>
    <message>
        <source>Say which column holds what. The file is read as you choose; Import is possible once every line reads.</source>
        <translation>どの列に何があるかを指定してください。指定のたびにファイルを読み直し、全行が読めると取込できます。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Guessed from the header</source>
        <translation>見出し行から推定</translation>
    </message>
    <message>
        <source>Cannot read the saved mappings</source>
        <translation>保存済みの列設定を読み込めません</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>保存済みの列設定</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（BOM付き）</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>Header rows</source>
        <translation>見出し行数</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>The account this statement is of: its payments are matched to the invoices of the account&apos;s client</source>
        <translation>この明細の口座。入金はその口座の依頼者の請求書と照合されます</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>明細の口座</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Date (取引日) *</source>
        <translation>取引日 *</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Amount, signed</source>
        <translation>金額（符号付き）</translation>
    </message>
    <message>
        <source>Deposit (入金)</source>
        <translation>入金額</translation>
    </message>
    <message>
        <source>Withdrawal (出金)</source>
        <translation>出金額</translation>
    </message>
    <message>
        <source>Payer or description</source>
        <translation>振込依頼人・摘要</translation>
    </message>
    <message>
        <source>Inquiry number</source>
        <translation>照会番号</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>EDI information</source>
        <translation>EDI情報</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>* Money comes either as one signed amount or as deposit and withdrawal columns.</source>
        <translation>* 金額は符号付きの1列、または入金額・出金額の2列で指定します。</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>列設定を次の名前で保存</translation>
    </message>
    <message>
        <source>e.g. 三井住友 入出金明細</source>
        <translation>例: 三井住友 入出金明細</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取込(&amp;I)</translation>
    </message>
    <message>
        <source>Not stated: any client&apos;s debtors may have paid</source>
        <translation>指定なし（全依頼者の債務者から照合）</translation>
    </message>
    <message>
        <source>Cannot read the mapping</source>
        <translation>列設定を読み込めません</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1列目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— ファイルにない —</translation>
    </message>
    <message>
        <source>Choose the date column and either the signed amount or the deposit column.</source>
        <translation>取引日の列と、符号付き金額または入金額の列を選んでください。</translation>
    </message>
    <message>
        <source>Give the mapping a name to save it under.</source>
        <translation>保存する列設定の名前を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read, %1 incoming, from %2 to %3.</source>
        <translation>
            <numerusform>%n 行を読込、うち入金 %1 件（%2〜%3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>口座を読み込めません</translation>
    </message>
    <message>
        <source>%1 — %2 %3 %4 %5</source>
        <translation>%1 — %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>当社</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::BankTransactionTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sending bank</source>
        <translation>仕向銀行</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::BatchPdfExport</name>
    <message>
        <source>PDF output</source>
        <translation>PDF出力</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n document(s) as PDF…</source>
        <translation>
            <numerusform>%n 件の文書をPDFに出力しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>出力中の文書が終わりしだい中止します…</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::BillingRunWizard</name>
    <message>
        <source>Billing run</source>
        <translation>締め処理</translation>
    </message>
    <message>
        <source>&amp;Make drafts</source>
        <translation>下書きを作成(&amp;M)</translation>
    </message>
    <message>
        <source>Client and closing date</source>
        <translation>依頼者と締め日</translation>
    </message>
    <message>
        <source>The run bills each active customer of the client whose terms close on the closing date, with its unbilled order lines delivered up to that date.</source>
        <translation>支払条件の締め日がこの日に当たる取引中の顧客ごとに、納品日が締め日までの未請求の受注明細を請求します。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>締め日</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>内容の確認</translation>
    </message>
    <message>
        <source>Nothing is written yet. Make drafts writes them; they can be edited and are issued from the invoice list.</source>
        <translation>まだ何も書き込まれていません。［下書きを作成］で書き込みます。下書きは編集でき、請求一覧から発行します。</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>債務者</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細数</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>税抜金額</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>与信</translation>
    </message>
    <message>
        <source>Credit limit exceeded</source>
        <translation>与信超過</translation>
    </message>
    <message>
        <source>Open invoices and drafts of these customers, with this run, exceed their credit limit. The drafts are made all the same; check them before issuing.</source>
        <translation>次の顧客は、未入金の請求書と下書きにこの締め処理の分を加えると与信限度額を超えます。下書きはそのまま作成されますので、発行前に確認してください。</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>与信残高</translation>
    </message>
    <message>
        <source>Over the limit by</source>
        <translation>超過額</translation>
    </message>
    <message>
        <source>Cannot read the clients</source>
        <translation>依頼者を読み込めません</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>依頼者を選択してください。</translation>
    </message>
    <message>
        <source>Cannot preview the billing run</source>
        <translation>締め処理の内容を確認できません</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>与信超過</translation>
    </message>
    <message>
        <source>Nothing to bill: no unbilled order lines of customers closing on %1.</source>
        <translation>請求するものはありません。締め日 %1 の顧客に未請求の受注明細がありません。</translation>
    </message>
    <message>
        <source>Cannot run the billing</source>
        <translation>締め処理を実行できません</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s), %2 in all; order lines: %1; closing %3, issue date %4.</source>
        <translation>
            <numerusform>下書き %n件（合計 %2）を作成します。受注明細 %1行、締め日 %3、発行日 %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kaishu::ui::BillingSettingsForm</name>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Under the intermediary delivery rule the agency issues in its own name and registration number (File → Agency profile).</source>
        <translation>媒介者交付特例では、代行会社が自社の名称と登録番号で発行します（ファイル → 代行会社情報）。</translation>
    </message>
    <message>
        <source>{client} client code, {yyyy} {yy} {mm} from the issue date, {seq:N} the sequence with N digits</source>
        <translation>{client} 依頼者コード、{yyyy} {yy} {mm} 発行日の年・月、{seq:N} N桁の連番</translation>
    </message>
    <message>
        <source>E-mail to the customers</source>
        <translation>顧客へのメール</translation>
    </message>
    <message>
        <source>Empty: the standard wording</source>
        <translation>空欄の場合は標準の文面</translation>
    </message>
    <message>
        <source>Billing settings · %1 %2</source>
        <translation>請求設定 · %1 %2</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <source>Edit billing settings of %1</source>
        <translation>%1 の請求設定の変更</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::CandidateTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(part of the last invoice)</source>
        <translation>（最後の請求書は一部入金）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Invoices and amounts</source>
        <translation>請求書・金額</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ClientDetailPane</name>
    <message>
        <source>Client</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Full-width katakana</source>
        <translation>全角カタカナ</translation>
    </message>
    <message>
        <source>T + 13 digits</source>
        <translation>T＋13桁の数字</translation>
    </message>
    <message>
        <source>123-4567</source>
        <translation>123-4567</translation>
    </message>
    <message>
        <source>e.g. 月末締め翌月末払い</source>
        <translation>例：月末締め翌月末払い</translation>
    </message>
    <message>
        <source>Payee account (where debtors pay)</source>
        <translation>振込先口座（債務者の支払先）</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation>4桁</translation>
    </message>
    <message>
        <source>3 digits</source>
        <translation>3桁</translation>
    </message>
    <message>
        <source>7 digits</source>
        <translation>7桁</translation>
    </message>
    <message>
        <source>Half-width kana as the bank prints it</source>
        <translation>銀行の表記どおりの半角カナ</translation>
    </message>
    <message>
        <source>Select a client to see and edit it.</source>
        <translation>依頼者を選択すると、ここで内容を確認・編集できます。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Edit client %1</source>
        <translation>依頼者 %1 の編集</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>&amp;Billing settings…</source>
        <translation>請求設定(&amp;B)…</translation>
    </message>
    <message>
        <source>Tax rounding, issuer, invoice numbers, invoice form and e-mail wording of this client</source>
        <translation>この依頼者の端数処理・発行者・請求書番号・請求書の形式・メール文面</translation>
    </message>
    <message>
        <source>Billing settings of %1</source>
        <translation>%1 の請求設定</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ClientTableModel</name>
    <message>
        <source>%1-%2 %3 %4</source>
        <translation>%1-%2 %3 %4</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>振込先口座</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ClientView</name>
    <message>
        <source>Filter clients by code, name or kana (Ctrl+F)</source>
        <translation>コード・名称・フリガナで絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F)：</translation>
    </message>
    <message>
        <source>Cannot read the clients</source>
        <translation>依頼者を読み込めません</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ColumnChooserDialog</name>
    <message>
        <source>Columns</source>
        <translation>表示する列</translation>
    </message>
    <message>
        <source>Show these columns of the debtor register:</source>
        <translation>債務者一覧に表示する列：</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>少なくとも1つの列を選択してください。</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::CreditNoteDialog</name>
    <message>
        <source>Cannot read the invoice</source>
        <translation>請求書を読み込めません</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>請求書 %1 の返還請求書</translation>
    </message>
    <message>
        <source>Tick the lines returned or discounted and enter how many. The credit note is issued with the next number and reduces what invoice %1 (%2 %3) asks for.</source>
        <translation>返品・値引きの明細にチェックを付け、数量を入力してください。返還請求書は次の番号で発行され、請求書 %1（%2 %3）の請求額から差し引かれます。</translation>
    </message>
    <message>
        <source>Quantity returned</source>
        <translation>返還数量</translation>
    </message>
    <message>
        <source>Amount returned</source>
        <translation>返還金額</translation>
    </message>
    <message>
        <source>e.g. 破損による返品, 値引き</source>
        <translation>例：破損による返品、値引き</translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation>返還請求書を発行(&amp;I)</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity</source>
        <translation>%1行目：「%2」は数量ではありません</translation>
    </message>
    <message>
        <source>Line %1: more than the %2 invoiced</source>
        <translation>%1行目：請求した数量 %2 を超えています</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>Credit note total %1 (tax %2) · left on the invoice %3</source>
        <translation>返還額合計 %1（うち消費税 %2）· 請求書の残額 %3</translation>
    </message>
    <message>
        <source>Cannot issue the credit note</source>
        <translation>返還請求書を発行できません</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::CreditReportDialog</name>
    <message>
        <source>Add credit report</source>
        <translation>信用調査報告の登録</translation>
    </message>
    <message>
        <source>Enter the report as the agency gives it. Leave a figure empty when the report does not give it: empty means unknown, not zero.</source>
        <translation>調査会社の報告どおりに入力してください。報告にない数値は空欄のままにします（空欄は「不明」で、0 ではありません）。</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::CreditReportForm</name>
    <message>
        <source>Credit report</source>
        <translation>信用調査報告</translation>
    </message>
    <message>
        <source>Agency or other source</source>
        <translation>調査会社またはその他の情報源</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0〜100</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Yen; negative when liabilities exceed assets</source>
        <translation>円（債務超過はマイナス）</translation>
    </message>
    <message>
        <source>Percent, e.g. 135.5</source>
        <translation>％（例: 135.5）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yen</source>
        <translation>「%1」は円の金額として読み取れません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage with at most one decimal</source>
        <translation>「%1」は小数点以下 1 桁までのパーセント値ではありません</translation>
    </message>
    <message>
        <source>enter the score or another figure of the report</source>
        <translation>評点か、報告のほかの数値を一つ以上入力してください</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::CreditReportTableModel</name>
    <message>
        <source>Teikoku Databank (TDB)</source>
        <translation>帝国データバンク (TDB)</translation>
    </message>
    <message>
        <source>Tokyo Shoko Research (TSR)</source>
        <translation>東京商工リサーチ (TSR)</translation>
    </message>
    <message>
        <source>Liabilities exceed assets</source>
        <translation>債務超過</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::DebtorDetailPane</name>
    <message>
        <source>Debtor</source>
        <translation>債務者</translation>
    </message>
    <message>
        <source>Full-width katakana</source>
        <translation>全角カタカナ</translation>
    </message>
    <message>
        <source>Half-width kana as on bank statements</source>
        <translation>入金明細に表示される半角カナ</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13桁</translation>
    </message>
    <message>
        <source>123-4567</source>
        <translation>123-4567</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>03-1234-5678</source>
        <translation>03-1234-5678</translation>
    </message>
    <message>
        <source>Account with the client</source>
        <translation>依頼者との取引口座</translation>
    </message>
    <message>
        <source>e.g. 月末締め翌月末払い</source>
        <translation>例：月末締め翌月末払い</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>7 digits</source>
        <translation>7桁</translation>
    </message>
    <message>
        <source>Select a debtor in the register to see and edit it.</source>
        <translation>一覧で債務者を選択すると、ここで内容を確認・編集できます。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yen</source>
        <translation>「%1」は円の金額として読み取れません</translation>
    </message>
    <message>
        <source>Edit debtor %1</source>
        <translation>債務者 %1 の編集</translation>
    </message>
    <message>
        <source>Credit reports</source>
        <translation>信用調査</translation>
    </message>
    <message>
        <source>No credit reports on this debtor yet.</source>
        <translation>この債務者の信用調査報告はまだありません。</translation>
    </message>
    <message>
        <source>Add credit report…</source>
        <translation>信用調査報告を追加…</translation>
    </message>
    <message>
        <source>Enter a report of Teikoku Databank, Tokyo Shoko Research or another source</source>
        <translation>帝国データバンク、東京商工リサーチなどの調査報告を入力します</translation>
    </message>
    <message>
        <source>Cannot read the credit reports</source>
        <translation>信用調査報告を読み込めません</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::DebtorView</name>
    <message>
        <source>Search by name, kana, payer name, corporate number or customer code (Ctrl+F)</source>
        <translation>名称・フリガナ・振込名義・法人番号・顧客コードで検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>すべての業種</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>すべての都道府県</translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation>債務者一覧を読み込めません</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>表示する列…</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::DraftEditor</name>
    <message>
        <source>Edit draft invoice</source>
        <translation>請求書の下書きの編集</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>取引期間</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>価格区分</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>行を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>行を削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>やり直し(&amp;D)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>The draft no longer exists or has been issued.</source>
        <translation>この下書きは削除されたか、発行済です。</translation>
    </message>
    <message>
        <source>Cannot read the draft</source>
        <translation>下書きを読み込めません</translation>
    </message>
    <message>
        <source>Draft invoice · %1 %2</source>
        <translation>請求書（下書き）· %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (client %3)</source>
        <translation>%1 %2（依頼者 %3）</translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation>%1～%2 · %3</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>税抜金額</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>うち消費税</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>税込金額</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>An amount is too large.</source>
        <translation>金額が大きすぎます。</translation>
    </message>
    <message>
        <source>Cannot save the draft</source>
        <translation>下書きを保存できません</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Discard them?</source>
        <translation>下書きに保存していない変更があります。破棄しますか？</translation>
    </message>
    <message>
        <source>%1 · tax rounding: %2</source>
        <translation>%1 · 端数処理：%2</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>The draft as it will print, as last saved</source>
        <translation>最後に保存した下書きを印刷したときの見た目で表示します</translation>
    </message>
    <message>
        <source>Cannot show the draft</source>
        <translation>下書きを表示できません</translation>
    </message>
    <message>
        <source>Preview of the draft as last saved (unsaved changes are not shown)</source>
        <translation>下書きのプレビュー（最後に保存した内容。保存していない変更は含まれません）</translation>
    </message>
    <message>
        <source>Preview of the draft (not issued)</source>
        <translation>下書きのプレビュー（未発行）</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::DraftLinesModel</name>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>請求書には明細が1行以上必要です。</translation>
    </message>
    <message>
        <source>Line %1 · %2: %3</source>
        <translation>%1行目 · %2：%3</translation>
    </message>
    <message>
        <source>Add line %1</source>
        <translation>%1行目の追加</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>%1行目の削除</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (at most 4 decimal places)</source>
        <translation>%1：「%2」は数値ではありません（小数点以下4桁まで）</translation>
    </message>
    <message>
        <source>Change %1 on line %2</source>
        <translation>%2行目の%1の変更</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::HistoryView</name>
    <message>
        <source>Created</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>債務者</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>取引口座</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>取引口座 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) set</source>
        <translation>
            <numerusform>%n項目を登録</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n項目を変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>変更前 → 変更後</translation>
    </message>
    <message>
        <source>Restored (undo or redo)</source>
        <translation>復元（元に戻す／やり直し）</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4 (%5)</source>
        <translation>%1&#x3000;%2&#x3000;%3 %4（%5）</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>受注明細</translation>
    </message>
    <message>
        <source>Billing settings</source>
        <translation>請求設定</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>代行会社</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>依頼者の取込</translation>
    </message>
    <message>
        <source>Import debtors</source>
        <translation>債務者の取込</translation>
    </message>
    <message>
        <source>Choose a CSV file (UTF-8 or Shift_JIS)</source>
        <translation>CSVファイルを選択してください（UTF-8 または Shift_JIS）</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>＊印の項目は必須です。</translation>
    </message>
    <message>
        <source>Kaishu field</source>
        <translation>回収の項目</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>ファイルの先頭行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Choose a file, check the mapping, then press Check.</source>
        <translation>ファイルを選択し、列の対応付けを確認してから［チェック］を押してください。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>チェック(&amp;H)</translation>
    </message>
    <message>
        <source>Validate every row without writing anything</source>
        <translation>書き込まずに全行を検査します</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取込(&amp;I)</translation>
    </message>
    <message>
        <source>Write all rows in one transaction; nothing is written if any row has a problem</source>
        <translation>全行を一括で書き込みます。1行でも問題があれば何も書き込みません</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>ファイルを開けません：%1</translation>
    </message>
    <message>
        <source>Check the mapping, then press Check.</source>
        <translation>列の対応付けを確認してから［チェック］を押してください。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 ＊</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（ファイルにない）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The mapping changed: press Check again.</source>
        <translation>列の対応付けが変更されました。もう一度［チェック］を押してください。</translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation>ファイルをチェックできません</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>ファイルを取り込めません</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>新規 %1件、更新 %2件、変更なし %3件</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · %n data row(s) · columns: %2</source>
        <translation>
            <numerusform>文字コード：%1 ・ データ %n行 ・ 列数：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found (rows read: %1). Nothing has been imported; correct the file or the mapping and check again.</source>
        <translation>
            <numerusform>問題が%n件見つかりました（読込行数：%1）。取込は行われていません。ファイルまたは列の対応付けを修正して、もう一度チェックしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems (rows read: %1). Importing would give: %2.</source>
        <translation>問題はありません（読込行数：%1）。取込を行うと：%2。</translation>
    </message>
    <message>
        <source>Import finished (rows read: %1): %2.</source>
        <translation>取込が完了しました（読込行数：%1）：%2。</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>受注の取込</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::InvoiceOutputActions</name>
    <message>
        <source>The archived file of this document does not match the SHA-256 recorded when it was issued: it has been changed or damaged and is not handed out.</source>
        <translation>この文書の保存ファイルは発行時に記録した SHA-256 と一致しません。改ざんまたは破損しているため、出力できません。</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>The selected document as it prints</source>
        <translation>選択した文書を印刷したときの見た目で表示します</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected document as it was issued</source>
        <translation>選択した文書を発行したときの内容で印刷します</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDFを保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the archived PDF of the selected document, as issued</source>
        <translation>選択した文書の保存済みPDF（発行時のもの）をファイルに保存します</translation>
    </message>
    <message>
        <source>Save e-invoice (&amp;XML)…</source>
        <translation>電子インボイス(XML)を保存(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the JP PINT e-invoice of the selected document</source>
        <translation>選択した文書の電子インボイス（JP PINT）をファイルに保存します</translation>
    </message>
    <message>
        <source>PDFs in &amp;bulk…</source>
        <translation>まとめてPDF出力(&amp;B)…</translation>
    </message>
    <message>
        <source>The selected issued documents (or all shown) as one PDF or one PDF each</source>
        <translation>選択した発行済の文書（選択がなければ表示中のすべて）を1つのPDFに、または1件ずつのPDFに出力します</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>メール送信(&amp;E)…</translation>
    </message>
    <message>
        <source>E-mail the selected invoice with its PDF</source>
        <translation>選択した請求書をPDFを添付してメールで送ります</translation>
    </message>
    <message>
        <source>Issue rece&amp;ipt…</source>
        <translation>領収書発行(&amp;I)…</translation>
    </message>
    <message>
        <source>A receipt for the money received on the selected invoice</source>
        <translation>選択した請求書への入金に対して領収書を発行します</translation>
    </message>
    <message>
        <source>PDF output</source>
        <translation>PDF出力</translation>
    </message>
    <message>
        <source>Cannot show the document</source>
        <translation>文書を表示できません</translation>
    </message>
    <message>
        <source>Preview · %1</source>
        <translation>プレビュー · %1</translation>
    </message>
    <message>
        <source>Preview of a draft (not issued) · %1 %2</source>
        <translation>下書きのプレビュー（未発行） · %1 %2</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <source>Cannot make the PDF</source>
        <translation>PDFを作成できません</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDFを保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot make the e-invoice</source>
        <translation>電子インボイスを作成できません</translation>
    </message>
    <message>
        <source>%1 has no valid e-invoice (JP PINT):
%2</source>
        <translation>%1 は電子インボイス（JP PINT）として有効な形になりません：
%2</translation>
    </message>
    <message>
        <source>Save e-invoice</source>
        <translation>電子インボイスを保存</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XMLファイル (*.xml)</translation>
    </message>
    <message>
        <source>PDFs in bulk</source>
        <translation>まとめてPDF出力</translation>
    </message>
    <message numerus="yes">
        <source>Write %n issued document(s) as PDF:</source>
        <translation>
            <numerusform>発行済の文書 %n 件をPDFに出力します：</numerusform>
        </translation>
    </message>
    <message>
        <source>All in &amp;one PDF…</source>
        <translation>1つのPDFにまとめる(&amp;O)…</translation>
    </message>
    <message>
        <source>One PDF &amp;each, in a folder…</source>
        <translation>1件ずつPDFにしてフォルダへ(&amp;E)…</translation>
    </message>
    <message>
        <source>invoices-%1.pdf</source>
        <translation>請求書-%1.pdf</translation>
    </message>
    <message>
        <source>One PDF</source>
        <translation>1つのPDF</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>PDFの出力先フォルダ</translation>
    </message>
    <message>
        <source>Cannot read the documents</source>
        <translation>文書を読み込めません</translation>
    </message>
    <message>
        <source>The PDFs could not be written: %1</source>
        <translation>PDFを出力できませんでした：%1</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>中止しました。ファイルは出力していません。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s) in %1.</source>
        <translation>
            <numerusform>%1 に %n 件のファイルを出力したところで中止しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1.</source>
        <translation>
            <numerusform>%n 件の文書を %1 に出力しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written to %1.</source>
        <translation>
            <numerusform>%n 件のPDFファイルを %1 に出力しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kaishu::ui::InvoiceTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>債務者</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>請求金額</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::InvoiceView</name>
    <message>
        <source>Search by invoice number, customer code or debtor name (Ctrl+F)</source>
        <translation>請求書番号・顧客コード・債務者名で検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>請求書と返還請求書</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;Billing run…</source>
        <translation>締め処理(&amp;B)…</translation>
    </message>
    <message>
        <source>Make drafts from the unbilled orders of a client up to a closing date</source>
        <translation>依頼者の未請求の受注明細から、締め日までの分の下書きを作成します</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>下書きを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the lines, dates and notes of the selected draft</source>
        <translation>選択した下書きの明細・日付・備考を変更します</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>発行(&amp;I)…</translation>
    </message>
    <message>
        <source>Give the selected drafts their numbers and freeze them</source>
        <translation>選択した下書きに番号を付けて確定します</translation>
    </message>
    <message>
        <source>&amp;Cancel invoice…</source>
        <translation>取消(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel an issued invoice without payments; its number stays used</source>
        <translation>入金のない発行済の請求書を取り消します（番号は再利用されません）</translation>
    </message>
    <message>
        <source>Corrective &amp;re-issue…</source>
        <translation>訂正再発行(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel an issued invoice and make a corrected draft of it</source>
        <translation>発行済の請求書を取り消し、訂正用の下書きを作成します</translation>
    </message>
    <message>
        <source>Credit &amp;note…</source>
        <translation>返還請求書(&amp;N)…</translation>
    </message>
    <message>
        <source>Issue a credit note for returned or discounted lines</source>
        <translation>返品・値引きの明細について返還請求書を発行します</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>入金登録(&amp;P)…</translation>
    </message>
    <message>
        <source>Record money received for the selected invoice</source>
        <translation>選択した請求書の入金を登録します</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>下書きを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected drafts; their order lines become unbilled again</source>
        <translation>選択した下書きを削除します。受注明細は未請求に戻ります</translation>
    </message>
    <message>
        <source>Cannot read the invoices</source>
        <translation>請求書を読み込めません</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) · total %1 · open balance %2</source>
        <translation>
            <numerusform>%n件 · 請求金額合計 %1 · 未回収残高 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>請求書の発行</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n draft(s)? Each takes the next number of its client&apos;s series and can no longer be changed.</source>
        <translation>
            <numerusform>下書き %n件を発行しますか？ 依頼者ごとの次の番号が付き、発行後は変更できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot issue</source>
        <translation>発行できません</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1&#x3000;%2 %3</translation>
    </message>
    <message>
        <source>Invoices issued</source>
        <translation>請求書の発行完了</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) issued:</source>
        <translation>
            <numerusform>請求書 %n件を発行しました：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>請求書の取消</translation>
    </message>
    <message>
        <source>Why is invoice %1 cancelled? Its number stays used.</source>
        <translation>請求書 %1 を取り消す理由を入力してください。番号は再利用されません。</translation>
    </message>
    <message>
        <source>Cannot cancel</source>
        <translation>取り消せません</translation>
    </message>
    <message>
        <source>Corrective re-issue</source>
        <translation>訂正再発行</translation>
    </message>
    <message>
        <source>Invoice %1 is cancelled and a corrected draft made of it. What was wrong?</source>
        <translation>請求書 %1 を取り消し、訂正用の下書きを作成します。訂正の理由を入力してください。</translation>
    </message>
    <message>
        <source>Cannot re-issue</source>
        <translation>訂正再発行できません</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>入金登録</translation>
    </message>
    <message>
        <source>Amount received for invoice %1 (open balance %2):</source>
        <translation>請求書 %1 の入金額（残高 %2）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yen.</source>
        <translation>「%1」は円単位の金額ではありません。</translation>
    </message>
    <message>
        <source>Cannot record the payment</source>
        <translation>入金を登録できません</translation>
    </message>
    <message>
        <source>Discard drafts</source>
        <translation>下書きの削除</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n draft(s)? Their order lines become unbilled again.</source>
        <translation>
            <numerusform>下書き %n件を削除しますか？ 受注明細は未請求に戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot discard</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>出力(&amp;O)</translation>
    </message>
    <message>
        <source>Preview, print, save the PDF or e-invoice, PDFs in bulk</source>
        <translation>プレビュー、印刷、PDF・電子インボイスの保存、まとめてPDF出力</translation>
    </message>
    <message>
        <source>%1 %2: would owe %3 against a limit of %4</source>
        <translation>%1 %2：与信残高 %3（限度額 %4）</translation>
    </message>
    <message>
        <source>Over the credit limit</source>
        <translation>与信限度額の超過</translation>
    </message>
    <message>
        <source>Issuing these invoices takes customers over their credit limit:</source>
        <translation>この請求書を発行すると、次の取引先が与信限度額を超えます：</translation>
    </message>
    <message>
        <source>A supervisor must approve it; no supervisor is named yet (Screening).</source>
        <translation>上長の承認が必要ですが、上長がまだ登録されていません（審査）。</translation>
    </message>
    <message>
        <source>A supervisor must approve it: ask %1 to issue them.</source>
        <translation>上長の承認が必要です。%1 に発行を依頼してください。</translation>
    </message>
    <message>
        <source>Approve it as supervisor? The approval is recorded in the audit trail.</source>
        <translation>上長として承認しますか？承認は監査ログに記録されます。</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ListViews</name>
    <message>
        <source>All clients</source>
        <translation>すべての依頼者</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot read the clients</source>
        <translation>依頼者を読み込めません</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::MailServerDialog</name>
    <message>
        <source>Mail server</source>
        <translation>メールサーバー設定</translation>
    </message>
    <message>
        <source>Invoices are sent through this mail server (SMTP). Ask whoever runs the agency&apos;s mail for these details.</source>
        <translation>請求書はこのメールサーバー（SMTP）から送信されます。設定内容は社内のメール管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>e.g. smtp.example.jp</source>
        <translation>例：smtp.example.jp</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Empty: no login</source>
        <translation>空欄：認証なし</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>暗号化(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>e.g. seikyu@example.jp</source>
        <translation>例：seikyu@example.jp</translation>
    </message>
    <message>
        <source>Empty: the client&apos;s name</source>
        <translation>空欄：依頼者名</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Empty: the certificates the system trusts</source>
        <translation>空欄：システムが信頼する証明書</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check the server&apos;s certificate</source>
        <translation>サーバー証明書を検証する(&amp;C)</translation>
    </message>
    <message>
        <source>Turn off only for a test server on the local network</source>
        <translation>社内ネットワークのテスト用サーバーのときだけオフにしてください</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA証明書ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>テスト送信(&amp;T)</translation>
    </message>
    <message>
        <source>Sends a short message to the sender&apos;s address with the settings as typed</source>
        <translation>入力中の設定で、差出人アドレスあてに短いメッセージを送ります</translation>
    </message>
    <message>
        <source>Certificates to trust</source>
        <translation>信頼する証明書</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; is not an e-mail address.</source>
        <translation>差出人「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s address: the server needs it to accept messages.</source>
        <translation>差出人アドレスを入力してください。サーバーがメールを受け付けるのに必要です。</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is not a host name.</source>
        <translation>サーバー「%1」はホスト名ではありません。</translation>
    </message>
    <message>
        <source>Cannot save the mail server</source>
        <translation>メールサーバー設定を保存できません</translation>
    </message>
    <message>
        <source>Enter the mail server first.</source>
        <translation>先にメールサーバーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s address: the test message goes there.</source>
        <translation>差出人アドレスを入力してください。テストメッセージはそのアドレスに送られます。</translation>
    </message>
    <message>
        <source>Kaishu: test message</source>
        <translation>Kaishu：テスト送信</translation>
    </message>
    <message>
        <source>This message was sent by Kaishu to check the mail server settings (%1, port %2).</source>
        <translation>このメッセージは、メールサーバー設定（%1、ポート %2）を確認するために Kaishu から送信されました。</translation>
    </message>
    <message>
        <source>Sending to %1 through %2…</source>
        <translation>%2 経由で %1 に送信しています…</translation>
    </message>
    <message>
        <source>The server accepted the test message.
%1</source>
        <translation>サーバーがテストメッセージを受け付けました。
%1</translation>
    </message>
    <message>
        <source>%1
Server reply: %2</source>
        <translation>%1
サーバーの応答：%2</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::MainWindow</name>
    <message>
        <source>Debtors</source>
        <translation>債務者</translation>
    </message>
    <message>
        <source>The debtor register (Ctrl+1)</source>
        <translation>債務者一覧（Ctrl+1）</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>The agency&apos;s clients (Ctrl+2)</source>
        <translation>依頼者一覧（Ctrl+2）</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>PostgreSQLに接続(&amp;P)…</translation>
    </message>
    <message>
        <source>Import &amp;clients…</source>
        <translation>依頼者の取込(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import debtors…</source>
        <translation>債務者の取込(&amp;I)…</translation>
    </message>
    <message>
        <source>Export c&amp;lients…</source>
        <translation>依頼者の書出(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export debtors…</source>
        <translation>債務者の書出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>変更を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>変更を破棄(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Debtors</source>
        <translation>債務者(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>依頼者(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>表示する列(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;About Kaishu</source>
        <translation>回収について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>利用者：%1</translation>
    </message>
    <message>
        <source>Kaishu — %1</source>
        <translation>回収 — %1</translation>
    </message>
    <message>
        <source>Kaishu</source>
        <translation>回収</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <source>Kaishu databases (*.sqlite)</source>
        <translation>回収データベース (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already. Use Open database to work with it, or choose another name.</source>
        <translation>%1 はすでに存在します。このファイルを使う場合は［データベースを開く］を、新規に作成する場合は別の名前を指定してください。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Kaishu databases (*.sqlite *.db);;All files (*)</source>
        <translation>回収データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>PostgreSQLに接続</translation>
    </message>
    <message>
        <source>Import finished: %1 new, %2 changed, %3 unchanged</source>
        <translation>取込完了：新規 %1件、更新 %2件、変更なし %3件</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (Excel) (*.csv)</source>
        <translation>CSV（UTF-8 BOM付き・Excel向け） (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (*.csv)</source>
        <translation>CSV（Shift_JIS） (*.csv)</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>依頼者の書出</translation>
    </message>
    <message>
        <source>Export debtors</source>
        <translation>債務者の書出</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>PostgreSQL archives (*.dump)</source>
        <translation>PostgreSQLアーカイブ (*.dump)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <source>The backup was written to %1 but could not replace %2.</source>
        <translation>バックアップは %1 に保存しましたが、%2 を置き換えることができませんでした。</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>バックアップを %1 に保存しました</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language changes the next time Kaishu starts.
表示言語は次回の起動時に切り替わります。</source>
        <translation>表示言語は次回の起動時に切り替わります。
The language changes the next time Kaishu starts.</translation>
    </message>
    <message>
        <source>About Kaishu</source>
        <translation>回収について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaishu %1&lt;/h3&gt;&lt;p&gt;Receivables workbench for billing agencies: clients, debtors and their accounts, imports and exports, with every change recorded in a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;回収（Kaishu） %1&lt;/h3&gt;&lt;p&gt;請求代行業者のための債権管理ツールです。依頼者・債務者と取引口座の管理、CSVの取込と書出を行い、すべての変更を改ざん検知可能な監査証跡に記録します。&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Invoices and credit notes (Ctrl+3)</source>
        <translation>請求書と返還請求書（Ctrl+3）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>受注明細</translation>
    </message>
    <message>
        <source>Order lines waiting for billing (Ctrl+4)</source>
        <translation>請求待ちの受注明細（Ctrl+4）</translation>
    </message>
    <message>
        <source>Import o&amp;rders…</source>
        <translation>受注の取込(&amp;R)…</translation>
    </message>
    <message>
        <source>A&amp;gency profile…</source>
        <translation>代行会社情報(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>請求(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>受注明細(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>請求(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n order line(s)</source>
        <translation>
            <numerusform>取込完了：受注明細 %n行</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>代行会社情報</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>メールサーバー設定(&amp;M)…</translation>
    </message>
    <message>
        <source>The server invoices are e-mailed through</source>
        <translation>請求書をメールで送るサーバー</translation>
    </message>
    <message>
        <source>Search &amp;archived documents…</source>
        <translation>保存文書の検索(&amp;A)…</translation>
    </message>
    <message>
        <source>Issued documents as kept, by date, amount, counterparty and number</source>
        <translation>発行した文書を日付・金額・取引先・番号で検索します（電子帳簿保存）</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>入金</translation>
    </message>
    <message>
        <source>Bank payments to confirm and match to invoices (Ctrl+5)</source>
        <translation>入金確認・消込（Ctrl+5）</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>入金(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Receiving accounts…</source>
        <translation>入金口座(&amp;R)…</translation>
    </message>
    <message>
        <source>The agency&apos;s and clients&apos; bank accounts whose statements are imported as payments</source>
        <translation>入金明細を取り込む当社・依頼者の銀行口座</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>審査</translation>
    </message>
    <message>
        <source>Credit screening: grades, limits and reviews of the accounts (Ctrl+6)</source>
        <translation>与信審査: 取引先の格付・限度額・見直し（Ctrl+6）</translation>
    </message>
    <message>
        <source>&amp;Screening</source>
        <translation>審査(&amp;S)</translation>
    </message>
    <message>
        <source>Accounts never screened or whose review date has come: show them</source>
        <translation>未審査または見直し期限が来た取引先を表示します</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>審査の見直し期限到来 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ManualAllocationDialog</name>
    <message>
        <source>Allocate payment by hand</source>
        <translation>手動消込</translation>
    </message>
    <message>
        <source>%1 received on %2 from %3. Tick the invoices it pays; each gets what is left of the payment, oldest first, and you can change the amounts.</source>
        <translation>%2 に %3 から %1 の入金がありました。この入金で支払われた請求書にチェックを付けてください。古い請求書から順に入金額の残りを充当します。金額は変更できます。</translation>
    </message>
    <message>
        <source>Invoice number, customer code or debtor name</source>
        <translation>請求書番号・顧客コード・債務者名</translation>
    </message>
    <message>
        <source>What the payer deducted as the bank&apos;s transfer fee; the invoices count it as paid</source>
        <translation>振込人が差し引いた振込手数料。請求書ではこの分も入金済として扱います</translation>
    </message>
    <message>
        <source>Keep what is left as the customer&apos;s credit</source>
        <translation>残額を顧客の預り金（未充当）として残す</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>消込(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot read the invoices</source>
        <translation>請求書を読み込めません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yen.</source>
        <translation>「%1」は円単位の金額ではありません。</translation>
    </message>
    <message>
        <source>The allocations (%1) are more than the payment and the fee (%2).</source>
        <translation>消込額（%1）が入金額と振込手数料の合計（%2）を超えています。</translation>
    </message>
    <message>
        <source>Payment %1 + fee %2 = %3 · allocated %4 · left %5%6</source>
        <translation>入金 %1 + 振込手数料 %2 = %3 · 消込 %4 · 残り %5%6</translation>
    </message>
    <message>
        <source> (kept as credit)</source>
        <translation>（預り金として保留）</translation>
    </message>
    <message>
        <source>An amount is too large to be calculated.</source>
        <translation>金額が大きすぎて計算できません。</translation>
    </message>
    <message>
        <source>Cannot allocate the payment</source>
        <translation>入金を消込めません</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ModelReportDialog</name>
    <message>
        <source>Model report</source>
        <translation>モデル評価</translation>
    </message>
    <message>
        <source>No model is trained yet. Screening uses the expert card (external score, years in business, capital and the payments with us) until a model is trained on the agency&apos;s own invoices and payments.

Training needs at least 300 invoices whose payment is known, 30 of them paid 30 or more days late.</source>
        <translation>モデルはまだ学習されていません。自社の請求・入金実績でモデルを学習するまで、審査はエキスパート評点表（外部評点・業歴・資本金・当社での支払実績）で行います。

学習には支払結果の分かっている請求書が300件以上、そのうち30日以上の遅延が30件以上必要です。</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>取引先数</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>安定性</translation>
    </message>
    <message>
        <source>Score stability of the latest runs (PSI against the run before):</source>
        <translation>最近の審査実行のスコア安定性（前回の実行に対する PSI）:</translation>
    </message>
    <message>
        <source>&amp;Train model…</source>
        <translation>モデルを学習(&amp;T)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cannot read the model</source>
        <translation>モデルを読み込めません</translation>
    </message>
    <message>
        <source>Model as of %1, trained on %2 by %3</source>
        <translation>基準日 %1 のモデル（%2 に %3 が学習）</translation>
    </message>
    <message>
        <source>Learnt from %1 invoices (%2 paid late), tested on %3 later invoices held out (%4 paid late)</source>
        <translation>学習: 請求書 %1 件（うち延滞 %2 件）、検証: その後の請求書 %3 件（うち延滞 %4 件）</translation>
    </message>
    <message>
        <source>AUC %1 · KS %2 on the test invoices</source>
        <translation>検証用請求書での AUC %1 · KS %2</translation>
    </message>
    <message>
        <source>Late rate rising from grade A to E (bad rate monotone): yes</source>
        <translation>延滞率が格付 A から E へ単調に上昇: はい</translation>
    </message>
    <message>
        <source>⚠ Late rate rising from grade A to E (bad rate monotone): no. The grades do not order the risk on the test invoices; train again on more history before relying on them.</source>
        <translation>⚠ 延滞率が格付 A から E へ単調に上昇: いいえ。検証用請求書では格付がリスクの順に並んでいません。より長い実績で学習し直してから格付を利用してください。</translation>
    </message>
    <message>
        <source>Weights: points per standard deviation</source>
        <translation>特徴量の重み: 1標準偏差あたりの点数</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::OpenInvoiceTableModel</name>
    <message>
        <source>Invoice %1 owes only %2; %3 cannot be allocated to it.</source>
        <translation>請求書 %1 の残高は %2 です。%3 は消込めません。</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>消込額</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::OrderLineForm</name>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>債務者</translation>
    </message>
    <message>
        <source>What was supplied</source>
        <translation>納品内容</translation>
    </message>
    <message>
        <source>e.g. 3 or 1.5; negative for a return</source>
        <translation>例：3、1.5（返品はマイナス）</translation>
    </message>
    <message>
        <source>e.g. 個, 箱, 式</source>
        <translation>例：個、箱、式</translation>
    </message>
    <message>
        <source>Yen, up to 4 decimal places</source>
        <translation>円（小数点以下4桁まで）</translation>
    </message>
    <message>
        <source>Select an order line to see and correct it, or add a line.</source>
        <translation>受注明細を選択すると、内容を確認・訂正できます。行を追加することもできます。</translation>
    </message>
    <message>
        <source>New order line</source>
        <translation>新しい受注明細</translation>
    </message>
    <message>
        <source>Order %1, line %2</source>
        <translation>注文 %1&#x3000;%2行目</translation>
    </message>
    <message>
        <source>a customer code is required</source>
        <translation>顧客コードは入力必須です</translation>
    </message>
    <message>
        <source>the client has no customer with this code</source>
        <translation>この依頼者にこの顧客コードの顧客はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (at most 4 decimal places)</source>
        <translation>「%1」は数値ではありません（小数点以下4桁まで）</translation>
    </message>
    <message>
        <source>Edit order %1 line %2</source>
        <translation>注文 %1 の%2行目の変更</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::OrderTableModel</name>
    <message>
        <source>Client</source>
        <translation>依頼者</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::OrderView</name>
    <message>
        <source>&amp;Add line</source>
        <translation>行を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line…</source>
        <translation>行を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>依頼者(&amp;L)：</translation>
    </message>
    <message>
        <source>Cannot read the orders</source>
        <translation>受注明細を読み込めません</translation>
    </message>
    <message>
        <source>Type a new order line of the chosen client</source>
        <translation>選択した依頼者の受注明細を新しく入力します</translation>
    </message>
    <message>
        <source>Choose a client first</source>
        <translation>先に依頼者を選択してください</translation>
    </message>
    <message>
        <source>Remove order line</source>
        <translation>受注明細の削除</translation>
    </message>
    <message>
        <source>Remove line %1 of order %2 (%3)? It will not be billed.</source>
        <translation>注文 %2 の%1行目（%3）を削除しますか？ この行は請求されなくなります。</translation>
    </message>
    <message>
        <source>Cannot remove the line</source>
        <translation>行を削除できません</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::PaymentsView</name>
    <message>
        <source>Search by payer name, in any kana (Ctrl+F)</source>
        <translation>振込名義で検索（ひらがな・カタカナ・半角カナ可、Ctrl+F）</translation>
    </message>
    <message>
        <source>Waiting (unmatched and suggested)</source>
        <translation>未処理（未消込・候補あり）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Import &amp;bank file…</source>
        <translation>入金明細の取込(&amp;B)…</translation>
    </message>
    <message>
        <source>Read a Zengin or bank CSV file and match its payments to open invoices (or drop the file on the list)</source>
        <translation>全銀形式または銀行の CSV ファイルを読み込み、入金を未回収の請求書に消込みます（一覧へのドロップでも取込めます）</translation>
    </message>
    <message>
        <source>&amp;Match open payments</source>
        <translation>未処理の入金を照合(&amp;M)</translation>
    </message>
    <message>
        <source>Look for the invoices of every waiting payment again, e.g. after new invoices were issued</source>
        <translation>未処理の入金すべてについて、請求書を照合し直します（新しい請求書を発行した後など）</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>消込(&amp;A)</translation>
    </message>
    <message>
        <source>Allocate the payment as the highlighted candidate says, then go to the next waiting payment (Enter)</source>
        <translation>選択中の候補のとおりに消込み、次の未処理の入金へ進みます（Enter）</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Leave this payment for later and go to the next waiting one (Ctrl+Down or J)</source>
        <translation>この入金は後回しにして、次の未処理の入金へ進みます（Ctrl+↓ または J）</translation>
    </message>
    <message>
        <source>Allocate &amp;manually…</source>
        <translation>手動で消込(&amp;M)…</translation>
    </message>
    <message>
        <source>Find the invoices this payment pays and split it among them (Ctrl+M)</source>
        <translation>この入金で支払われた請求書を探し、複数の請求書に分けて消込みます（Ctrl+M）</translation>
    </message>
    <message>
        <source>Mark as bank &amp;fee</source>
        <translation>振込手数料として処理(&amp;F)</translation>
    </message>
    <message>
        <source>The payment is a bank fee refund or charge and pays no invoice</source>
        <translation>銀行手数料の戻しなどで、請求書の入金ではありません</translation>
    </message>
    <message>
        <source>Mark as &amp;other income…</source>
        <translation>雑収入として処理(&amp;O)…</translation>
    </message>
    <message>
        <source>Interest or other money that pays no invoice; you say what it is</source>
        <translation>利息など請求書の入金ではないお金です。内容を入力します</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>消込の取消(&amp;R)…</translation>
    </message>
    <message>
        <source>Take back the allocation: the invoices owe the money again and the payment waits; you say why</source>
        <translation>消込を取り消します。請求書の残高が戻り、入金は未処理に戻ります。理由を入力します</translation>
    </message>
    <message>
        <source>Cannot read the payments</source>
        <translation>入金明細を読み込めません</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) · received %1 · %2 waiting</source>
        <translation>
            <numerusform>%n件 · 入金額合計 %1 · 未処理 %2件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot accept the candidate</source>
        <translation>候補で消込めません</translation>
    </message>
    <message>
        <source>Cannot mark the payment</source>
        <translation>入金を処理できません</translation>
    </message>
    <message>
        <source>bank fee</source>
        <translation>振込手数料</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>雑収入</translation>
    </message>
    <message>
        <source>What is the payment of %1 from %2 (e.g. 受取利息, 保険金)?</source>
        <translation>%2 からの %1 の入金は何ですか（例：受取利息、保険金）？</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>消込の取消</translation>
    </message>
    <message>
        <source>Why is the payment of %1 from %2 taken back? The invoices will owe the money again.</source>
        <translation>%2 からの %1 の消込を取り消す理由は何ですか？請求書の残高は元に戻ります。</translation>
    </message>
    <message>
        <source>Cannot reverse</source>
        <translation>消込を取り消せません</translation>
    </message>
    <message>
        <source>Cannot match the payments</source>
        <translation>入金を照合できません</translation>
    </message>
    <message>
        <source>Payments matched</source>
        <translation>入金の照合</translation>
    </message>
    <message>
        <source>%1 matched automatically, %2 with suggestions, %3 without a candidate.</source>
        <translation>自動消込 %1件、候補あり %2件、候補なし %3件。</translation>
    </message>
    <message>
        <source>Import bank file</source>
        <translation>入金明細の取込</translation>
    </message>
    <message>
        <source>Bank files (*.txt *.dat *.csv *.TXT *.DAT *.CSV);;All files (*)</source>
        <translation>入金明細ファイル (*.txt *.dat *.csv *.TXT *.DAT *.CSV);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the bank file…</source>
        <translation>入金明細を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 を取込めません</translation>
    </message>
    <message>
        <source>Bank file not imported</source>
        <translation>入金明細を取込めませんでした</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>%1 からは何も取込んでいません：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… ほか %n 件（詳細を参照）</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching the payments to open invoices…</source>
        <translation>入金を未回収の請求書と照合しています…</translation>
    </message>
    <message>
        <source>%1 was imported before (%2); nothing was read again.</source>
        <translation>%1 は取込済みです（%2）。再度の読込は行いませんでした。</translation>
    </message>
    <message>
        <source>%1: %2 line(s) read, %3 new, %4 already imported and skipped.</source>
        <translation>%1：読込 %2件、新規 %3件、取込済みで除外 %4件。</translation>
    </message>
    <message>
        <source>Matched automatically: %1 · with suggestions: %2 · without a candidate: %3</source>
        <translation>自動消込 %1件 · 候補あり %2件 · 候補なし %3件</translation>
    </message>
    <message>
        <source>Bank file imported</source>
        <translation>入金明細の取込完了</translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation>列設定を保存できません</translation>
    </message>
    <message>
        <source>Issue re&amp;ceipt…</source>
        <translation>領収書を発行(&amp;C)…</translation>
    </message>
    <message>
        <source>A receipt (領収書) for an invoice this payment paid</source>
        <translation>この入金で支払われた請求書の領収書</translation>
    </message>
    <message>
        <source>Cannot read the invoices</source>
        <translation>請求書を読み込めません</translation>
    </message>
    <message>
        <source>%1 (paid %2)</source>
        <translation>%1（入金 %2）</translation>
    </message>
    <message>
        <source>Issue receipt</source>
        <translation>領収書の発行</translation>
    </message>
    <message>
        <source>Receipts cover all the money this payment paid on its invoices already.</source>
        <translation>この入金で支払われた金額は、すべて発行済みの領収書に含まれています。</translation>
    </message>
    <message>
        <source>The payment paid several invoices. Receipt for:</source>
        <translation>この入金は複数の請求書に充当されています。領収書を発行する請求書:</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::PostgresConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>PostgreSQLに接続</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <source>The database is shared by every clerk who connects to it. The password is not stored.</source>
        <translation>このデータベースは接続するすべての担当者で共有されます。パスワードは保存されません。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Enter at least the host and the database.</source>
        <translation>ホストとデータベースは必ず入力してください。</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ReceiptDialog</name>
    <message>
        <source>Cannot read the invoice</source>
        <translation>請求書を読み込めません</translation>
    </message>
    <message>
        <source>Receipt for invoice %1</source>
        <translation>領収書の発行 · 請求書 %1</translation>
    </message>
    <message>
        <source>Empty: お品代として</source>
        <translation>空欄：お品代として</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>発行日(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;For (但し書き):</source>
        <translation>但し書き(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Issue receipt</source>
        <translation>領収書を発行(&amp;I)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>PDFを保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Invoice %1 to %2 %3
Received without a receipt: %4</source>
        <translation>請求書 %1（%2 %3）
領収書未発行の入金額：%4</translation>
    </message>
    <message>
        <source>Every yen received on this invoice has a receipt already.</source>
        <translation>この請求書への入金には、すべて領収書を発行済みです。</translation>
    </message>
    <message>
        <source>Cannot issue the receipt</source>
        <translation>領収書を発行できません</translation>
    </message>
    <message>
        <source>Receipt %1 issued for %2 (%3).</source>
        <translation>領収書 %1 を発行しました：%2（%3）。</translation>
    </message>
    <message>
        <source>A paper copy of this receipt needs a revenue stamp.</source>
        <translation>この領収書を紙で交付する場合は収入印紙が必要です。</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>領収書 %1</translation>
    </message>
    <message>
        <source>Cannot make the PDF</source>
        <translation>PDFを作成できません</translation>
    </message>
    <message>
        <source>The archived PDF of this receipt does not match its checksum.</source>
        <translation>この領収書の保存済みPDFは記録したチェックサムと一致しません。</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>領収書を保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ReceivingAccountForm</name>
    <message>
        <source>Receiving account</source>
        <translation>入金口座</translation>
    </message>
    <message>
        <source>Agency (its own account)</source>
        <translation>当社（自社口座）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation>4桁</translation>
    </message>
    <message>
        <source>3 digits</source>
        <translation>3桁</translation>
    </message>
    <message>
        <source>7 digits</source>
        <translation>7桁</translation>
    </message>
    <message>
        <source>Half-width kana as the bank prints it</source>
        <translation>銀行の印字どおりの半角カナ</translation>
    </message>
    <message>
        <source>not in the bank directory</source>
        <translation>金融機関一覧にありません</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ReceivingAccountTableModel</name>
    <message>
        <source>Agency</source>
        <translation>当社</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>保有者</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支店</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ReceivingAccounts</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ReceivingAccountsDialog</name>
    <message>
        <source>Receiving accounts</source>
        <translation>入金口座</translation>
    </message>
    <message>
        <source>Bank statements of these accounts are imported as payments; those of a client&apos;s account are matched with that client&apos;s invoices. A client&apos;s payee account is known already and is not listed here.</source>
        <translation>これらの口座の入出金明細は入金として取り込まれ、依頼者の口座の入金はその依頼者の請求書と照合されます。依頼者の振込先口座は登録済みのため、ここには表示されません。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Cannot read the receiving accounts</source>
        <translation>入金口座を読み込めません</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add receiving account</source>
        <translation>入金口座の追加</translation>
    </message>
    <message>
        <source>Edit receiving account</source>
        <translation>入金口座の編集</translation>
    </message>
    <message>
        <source>Remove the receiving account %1 %2 %3 of %4?

Payments imported already keep their client.</source>
        <translation>%4 の入金口座 %1 %2 %3 を削除しますか？

取込済みの入金の依頼者は変わりません。</translation>
    </message>
    <message>
        <source>Remove receiving account</source>
        <translation>入金口座の削除</translation>
    </message>
    <message>
        <source>Cannot remove the receiving account</source>
        <translation>入金口座を削除できません</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::RecordForm</name>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Discard the changes and show the record as stored</source>
        <translation>変更を破棄し、保存されている内容を表示します</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>変更を保存します（Ctrl+S）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The record has changes that are not saved. Save them?</source>
        <translation>保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他の利用者が変更しました</translation>
    </message>
    <message>
        <source>%1

The record is shown again as it is stored now; please make your change again.</source>
        <translation>%1

現在保存されている内容を表示し直しました。もう一度変更を行ってください。</translation>
    </message>
    <message>
        <source>Cannot read the record</source>
        <translation>データを読み込めません</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>履歴を読み込めません</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>元に戻す／やり直しができません</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ScreeningDetailPane</name>
    <message>
        <source>Select a result to see why it came out so.</source>
        <translation>審査結果を選ぶと、その理由が表示されます。</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>格付</translation>
    </message>
    <message>
        <source>Late risk</source>
        <translation>延滞リスク</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>督促区分</translation>
    </message>
    <message>
        <source>Proposed limit</source>
        <translation>提案限度額</translation>
    </message>
    <message>
        <source>How</source>
        <translation>算定根拠</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>与信残高</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>見直し期限</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 点</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 of the limit in force %2 (%3)</source>
        <translation>%1（現行限度額 %2 の %3）</translation>
    </message>
    <message>
        <source>%1 (no limit in force)</source>
        <translation>%1（限度額の設定なし）</translation>
    </message>
    <message>
        <source>⚠ %1 — over the limit by %2</source>
        <translation>⚠ %1 — 限度額を %2 超過</translation>
    </message>
    <message>
        <source>Why: points per reason</source>
        <translation>理由: 要因ごとの点数</translation>
    </message>
    <message>
        <source>Screening score</source>
        <translation>審査スコア</translation>
    </message>
    <message>
        <source>Client %1 · screened as of %2 · %3</source>
        <translation>依頼者 %1 · 基準日 %2 · %3</translation>
    </message>
    <message>
        <source>%1 chance of paying an invoice 30 or more days late</source>
        <translation>請求書の支払が30日以上遅れる確率 %1</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ScreeningOverrideDialog</name>
    <message>
        <source>Override screening</source>
        <translation>審査結果の上書き</translation>
    </message>
    <message>
        <source>%1 %2 was screened as of %3: grade %4, proposed limit %5, %6 dunning, %7.</source>
        <translation>%1 %2 の基準日 %3 の審査結果: 格付 %4、提案限度額 %5、督促区分 %6、%7。</translation>
    </message>
    <message>
        <source>No supervisor is named yet: nobody may override a result.</source>
        <translation>上長がまだ登録されていないため、誰も審査結果を上書きできません。</translation>
    </message>
    <message>
        <source>Supervisors who may override: %1</source>
        <translation>上書きできる上長: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>You are signed in as %1, who is not a supervisor: the override will be refused.</source>
        <translation>現在のユーザー %1 は上長ではないため、上書きは受け付けられません。</translation>
    </message>
    <message>
        <source>Required, e.g. 保証金を受領済み, 代表者の連帯保証あり</source>
        <translation>必須。例: 保証金を受領済み、代表者の連帯保証あり</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>格付(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Limit (yen):</source>
        <translation>限度額（円）(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Dunning:</source>
        <translation>督促区分(&amp;D):</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>判定(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save override</source>
        <translation>上書きを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yen.</source>
        <translation>「%1」は円単位の金額ではありません。</translation>
    </message>
    <message>
        <source>Cannot override</source>
        <translation>上書きできません</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ScreeningResultTableModel</name>
    <message>
        <source>Overridden by %1 on %2: grade %3, limit %4, %5 dunning, %6. Reason: %7</source>
        <translation>%2 に %1 が上書き: 格付 %3、限度額 %4、督促区分 %5、%6。理由: %7</translation>
    </message>
    <message>
        <source>Downgraded from %1 to %2</source>
        <translation>格付が %1 から %2 に低下</translation>
    </message>
    <message>
        <source>Exposure %1 is over the limit in force of %2</source>
        <translation>与信残高 %1 が現行限度額 %2 を超過</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>✎ %1</source>
        <translation>✎ %1</translation>
    </message>
    <message>
        <source>Probability of paying an invoice 30 or more days late</source>
        <translation>請求書の支払が30日以上遅れる確率</translation>
    </message>
    <message>
        <source>Open invoices and unbilled orders</source>
        <translation>未回収の請求書と未請求の受注</translation>
    </message>
    <message>
        <source>Exposure as a share of the limit in force</source>
        <translation>現行限度額に対する与信残高の割合</translation>
    </message>
    <message>
        <source>A supervisor overrode the result (the grade set)</source>
        <translation>上長が審査結果を上書き（設定した格付）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>債務者</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>格付</translation>
    </message>
    <message>
        <source>Late risk</source>
        <translation>延滞リスク</translation>
    </message>
    <message>
        <source>Proposed limit (yen)</source>
        <translation>提案限度額（円）</translation>
    </message>
    <message>
        <source>Limit in force (yen)</source>
        <translation>現行限度額（円）</translation>
    </message>
    <message>
        <source>Exposure (yen)</source>
        <translation>与信残高（円）</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>督促区分</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>見直し期限</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>Screening score</source>
        <translation>審査スコア</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ScreeningRunDialog</name>
    <message>
        <source>Re-screen accounts</source>
        <translation>再審査</translation>
    </message>
    <message>
        <source>Screens every active account as of the date and keeps each result as history. Accounts whose grade falls or who owe more than their limit are listed afterwards.</source>
        <translation>有効な全取引先を基準日時点で審査し、結果を履歴として残します。格付が下がった取引先と限度額を超過している取引先は、実行後に一覧表示されます。</translation>
    </message>
    <message>
        <source>&amp;Apply the proposed limits as the limits in force</source>
        <translation>提案限度額を現行限度額として適用(&amp;A)</translation>
    </message>
    <message>
        <source>Each account&apos;s credit limit becomes the limit the screening proposes (recorded in the audit trail)</source>
        <translation>各取引先の与信限度額を審査の提案額に変更します（監査ログに記録）</translation>
    </message>
    <message>
        <source>Use the &amp;expert card even when a model is trained</source>
        <translation>モデルがあってもエキスパート評点表を使う(&amp;E)</translation>
    </message>
    <message>
        <source>Screening uses the model trained as of %1 (AUC %2).</source>
        <translation>審査には基準日 %1 で学習したモデル（AUC %2）を使います。</translation>
    </message>
    <message>
        <source>No model is trained yet: screening uses the expert card.</source>
        <translation>モデルはまだ学習されていないため、審査はエキスパート評点表で行います。</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>基準日(&amp;O):</translation>
    </message>
    <message>
        <source>Result of the run</source>
        <translation>実行結果</translation>
    </message>
    <message>
        <source>Downgrades and limit breaches of this run:</source>
        <translation>今回の格下げと限度額超過:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Screening the accounts…</source>
        <translation>取引先を審査しています…</translation>
    </message>
    <message>
        <source>Cannot screen the accounts</source>
        <translation>審査できません</translation>
    </message>
    <message>
        <source>%1 of %2 accounts screened…</source>
        <translation>%2 件中 %1 件を審査済み…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>The run as of %1 was cancelled: no results were kept.</source>
        <translation>基準日 %1 の審査は中止されました。結果は保存されていません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Accounts screened as of %1: %2 (%3)</source>
        <translation>基準日 %1 の審査件数: %2（%3）</translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation>格付: %1</translation>
    </message>
    <message>
        <source>Downgrades: %1 · upgrades: %2</source>
        <translation>格下げ: %1 · 格上げ: %2</translation>
    </message>
    <message>
        <source>Over limit: %1 · limits applied: %2</source>
        <translation>限度額超過: %1 · 限度額の適用: %2</translation>
    </message>
    <message>
        <source>Score stability (PSI) against the previous run: %1</source>
        <translation>前回の実行に対するスコア安定性（PSI）: %1</translation>
    </message>
    <message>
        <source>Cannot read the screening results</source>
        <translation>審査結果を読み込めません</translation>
    </message>
    <message>
        <source>The run downgraded no account and found none over its limit.</source>
        <translation>今回の審査で格下げや限度額超過の取引先はありませんでした。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ScreeningView</name>
    <message>
        <source>Search by customer code or debtor name, in any kana (Ctrl+F)</source>
        <translation>顧客コードまたは債務者名で検索（かなの種類は問いません）（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Downgraded</source>
        <translation>格下げ(&amp;D)</translation>
    </message>
    <message>
        <source>Only accounts whose grade fell since their previous result</source>
        <translation>前回の審査結果より格付が下がった取引先のみ</translation>
    </message>
    <message>
        <source>O&amp;ver limit</source>
        <translation>限度額超過(&amp;V)</translation>
    </message>
    <message>
        <source>Only accounts that owe more than their limit in force</source>
        <translation>与信残高が現行限度額を超えている取引先のみ</translation>
    </message>
    <message>
        <source>Only accounts whose review date has come</source>
        <translation>見直し期限が来た取引先のみ</translation>
    </message>
    <message>
        <source>&amp;Re-screen…</source>
        <translation>再審査(&amp;R)…</translation>
    </message>
    <message>
        <source>Screen every active account again as of a date</source>
        <translation>有効な全取引先を基準日時点で審査し直します</translation>
    </message>
    <message>
        <source>&amp;Train model…</source>
        <translation>モデルを学習(&amp;T)…</translation>
    </message>
    <message>
        <source>Learn from the invoices and payments so far which debtors pay late; screening then uses the model instead of the expert card</source>
        <translation>これまでの請求と入金から支払が遅れる債務者の傾向を学習します。以後の審査はエキスパート評点表の代わりにモデルを使います</translation>
    </message>
    <message>
        <source>&amp;Model report…</source>
        <translation>モデル評価(&amp;M)…</translation>
    </message>
    <message>
        <source>How well the active model separates late payers, and its weights</source>
        <translation>有効なモデルが延滞先をどれだけ見分けるか、およびその重み</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV に書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the list as shown (columns and order) as CSV for Excel</source>
        <translation>表示中の一覧（列と並び順のまま）を Excel 向け CSV に保存します</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>上書き(&amp;O)…</translation>
    </message>
    <message>
        <source>A supervisor sets the grade, limit, dunning and decision, with a reason</source>
        <translation>上長が理由を付けて格付・限度額・督促区分・判定を設定します</translation>
    </message>
    <message>
        <source>Cannot read the screening results</source>
        <translation>審査結果を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the screening history</source>
        <translation>審査履歴を読み込めません</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) · %1 downgraded · %2 over limit · %3 due for review</source>
        <translation>
            <numerusform>%n 件 · 格下げ %1 · 限度額超過 %2 · 見直し期限到来 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Train model</source>
        <translation>モデルの学習</translation>
    </message>
    <message>
        <source>Training the model on the invoices before %1…</source>
        <translation>%1 より前の請求書でモデルを学習しています…</translation>
    </message>
    <message>
        <source>Cannot train the model</source>
        <translation>モデルを学習できません</translation>
    </message>
    <message>
        <source>Model trained</source>
        <translation>モデルを学習しました</translation>
    </message>
    <message>
        <source>The model as of %1 learnt from %2 invoices and was tested on %3 held out: AUC %4, KS %5. The next screening uses it.</source>
        <translation>基準日 %1 のモデルを請求書 %2 件で学習し、取り分けた %3 件で検証しました: AUC %4、KS %5。次回の審査からこのモデルを使います。</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Export screening results</source>
        <translation>審査結果の書き出し</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (Excel) (*.csv)</source>
        <translation>CSV（UTF-8 BOM付き・Excel向け） (*.csv)</translation>
    </message>
    <message>
        <source>Review d&amp;ue</source>
        <translation>見直し期限到来(&amp;U)</translation>
    </message>
    <message>
        <source>Train on the invoices issued before this date whose payment is known by then. The last six months are held out to measure the model.</source>
        <translation>この日より前に発行され、この日までに支払結果が分かっている請求書で学習します。直近6か月分はモデルの検証用に取り分けます。</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::SendInvoiceDialog</name>
    <message>
        <source>no encryption</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>メール送信</translation>
    </message>
    <message>
        <source>No mail server is set up yet, so nothing can be sent. Enter it under File → Mail server… (the button below opens it).</source>
        <translation>メールサーバーがまだ設定されていないため送信できません。「ファイル → メールサーバー設定…」で設定してください（下のボタンからも開けます）。</translation>
    </message>
    <message>
        <source>e.g. keiri@example.co.jp</source>
        <translation>例：keiri@example.co.jp</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>メールサーバー設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>宛先(&amp;T)：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>本文：</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>添付ファイル：</translation>
    </message>
    <message>
        <source>Sent through:</source>
        <translation>送信サーバー：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>サーバーの応答</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>By</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Send history</source>
        <translation>送信履歴</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>(not set up)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>%1, port %2, %3</source>
        <translation>%1、ポート %2、%3</translation>
    </message>
    <message>
        <source>, login %1</source>
        <translation>、ユーザー %1</translation>
    </message>
    <message>
        <source>The archived PDF of this invoice does not match its checksum: it is not sent.</source>
        <translation>この請求書の保存済みPDFは記録したチェックサムと一致しないため、送信できません。</translation>
    </message>
    <message>
        <source>Send by e-mail · %1</source>
        <translation>メール送信 · %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The debtor has no e-mail address: enter the recipient above.</source>
        <translation>債務者にメールアドレスが登録されていません。上の宛先に入力してください。</translation>
    </message>
    <message>
        <source>Cannot read the send history</source>
        <translation>送信履歴を読み込めません</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Send history (%1)</source>
        <translation>送信履歴（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Sending to %1 through %2…</source>
        <translation>%2 経由で %1 に送信しています…</translation>
    </message>
    <message>
        <source>Sent: the mail server accepted the message.
%1</source>
        <translation>送信しました。メールサーバーが受け付けました。
%1</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>もう一度送信(&amp;S)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>送信できませんでした：%1</translation>
    </message>
    <message>
        <source>Not sent: %1
Server reply: %2</source>
        <translation>送信できませんでした：%1
サーバーの応答：%2</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再送信(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::SuggestionPanel</name>
    <message>
        <source>No payment chosen</source>
        <translation>入金が選択されていません</translation>
    </message>
    <message>
        <source>Choose a payment in the list to see who may have paid it.</source>
        <translation>一覧から入金を選ぶと、振込人の候補が表示されます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Candidates, best first. Enter takes the highlighted one.</source>
        <translation>候補（信頼度の高い順）。エンターキーで選択中の候補のとおりに消込みます。</translation>
    </message>
    <message>
        <source>No open invoice fits this payment. Allocate it by hand, or mark it as a bank fee or other income.</source>
        <translation>この入金に合う未回収の請求書はありません。手動で消込むか、振込手数料または雑収入として処理してください。</translation>
    </message>
    <message>
        <source>Allocated as below. Reverse the match to allocate the payment again.</source>
        <translation>以下のとおり消込済です。消込み直すには消込を取り消してください。</translation>
    </message>
    <message>
        <source>Pays no invoice. Reverse to put it back in the queue.</source>
        <translation>請求書の入金ではありません。取り消すと未処理に戻ります。</translation>
    </message>
    <message>
        <source>Kept as the bank reported it; not matched.</source>
        <translation>銀行の明細のとおり記録しています。消込の対象外です。</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Next time a payment with this name is matched to the debtor by itself</source>
        <translation>次回からこの名義の入金をこの債務者に自動で照合します</translation>
    </message>
    <message>
        <source>Remember %1 as a payer name of %2</source>
        <translation>%1 を %2 の振込名義として記憶する</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kaishu: receivables workbench for billing agencies</source>
        <translation>回収：請求代行業者のための債権管理ツール</translation>
    </message>
    <message>
        <source>The database: an SQLite file or postgresql://user@host:port/database (default: $KAISHU_DB, else the last one opened, else the local database).</source>
        <translation>データベース：SQLiteファイル、または postgresql://ユーザー@ホスト:ポート/データベース（既定：$KAISHU_DB、なければ前回開いたもの、なければローカルのデータベース）。</translation>
    </message>
    <message>
        <source>path|url</source>
        <translation>パス|URL</translation>
    </message>
    <message>
        <source>Fill an empty database with the demo agency and N debtors, without asking.</source>
        <translation>空のデータベースに、確認なしでデモ請求代行会社と債務者N件を作成します。</translation>
    </message>
    <message>
        <source>Save a picture of the window (or of the open dialog) to FILE.png once it has settled, then exit.</source>
        <translation>表示が落ち着いた後、ウィンドウ（または開いているダイアログ）の画像をFILE.pngに保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The language for this run: ja or en (View → Language keeps a choice).</source>
        <translation>今回の起動で使う言語：ja または en（保存する場合は［表示］→［言語］）。</translation>
    </message>
    <message>
        <source>Open the debtor import with this CSV file, checked.</source>
        <translation>このCSVファイルで債務者の取込画面を開き、チェックを行います。</translation>
    </message>
    <message>
        <source>Open the client import with this CSV file, checked.</source>
        <translation>このCSVファイルで依頼者の取込画面を開き、チェックを行います。</translation>
    </message>
    <message>
        <source>Start with this search in the debtor register.</source>
        <translation>債務者一覧をこの検索語で開きます。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>--demo needs a number of debtors.</source>
        <translation>--demo には債務者の件数を指定してください。</translation>
    </message>
    <message>
        <source>Unknown area: %1</source>
        <translation>不明な画面です：%1</translation>
    </message>
    <message>
        <source>Start in this area: debtors, clients, invoices, orders, payments or screening.</source>
        <translation>起動時に開く画面：debtors、clients、invoices、orders、payments、screening のいずれか。</translation>
    </message>
</context>
</TS>
