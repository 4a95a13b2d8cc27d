<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BillingNames</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
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
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Outside scope</source>
        <translation>Outside scope</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>Round down</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>Round up</translation>
    </message>
    <message>
        <source>Round half up</source>
        <translation>Round half up</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <source>The agency (intermediary delivery rule)</source>
        <translation>The agency (intermediary delivery rule)</translation>
    </message>
    <message>
        <source>Summary invoice per closing</source>
        <translation>Summary invoice per closing</translation>
    </message>
    <message>
        <source>One invoice per order</source>
        <translation>One invoice per order</translation>
    </message>
    <message>
        <source>Tax excluded</source>
        <translation>Tax excluded</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>Tax included</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation>Bank fee</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Other income</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Cancelled by the bank</source>
        <translation>Cancelled by the bank</translation>
    </message>
    <message>
        <source>Virtual account</source>
        <translation>Virtual account</translation>
    </message>
    <message>
        <source>Number in the transfer</source>
        <translation>Number in the transfer</translation>
    </message>
    <message>
        <source>Known payer name</source>
        <translation>Known payer name</translation>
    </message>
    <message>
        <source>Payer name</source>
        <translation>Payer name</translation>
    </message>
    <message>
        <source>Allocated by hand</source>
        <translation>Allocated by hand</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Amount only</source>
        <translation>Amount only</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>quoted field is not closed</source>
        <translation>quoted field is not closed</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of field %1</source>
        <translation>unexpected text after the closing quote of field %1</translation>
    </message>
    <message>
        <source>quote inside unquoted field %1 (a field containing quotes must be quoted and its quotes doubled)</source>
        <translation>quote inside unquoted field %1 (a field containing quotes must be quoted and its quotes doubled)</translation>
    </message>
</context>
<context>
    <name>DemoDataSetup</name>
    <message>
        <source>Creating the demo agency…</source>
        <translation>Creating the demo agency…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>The demo agency could not be created:
%1</source>
        <translation>The demo agency could not be created:
%1</translation>
    </message>
    <message>
        <source>Welcome to Kaishu</source>
        <translation>Welcome to Kaishu</translation>
    </message>
    <message>
        <source>demo bank file</source>
        <translation>demo bank file</translation>
    </message>
    <message>
        <source>Issuing the demo invoices of the last fifteen months and screening the debtors…</source>
        <translation>Issuing the demo invoices of the last fifteen months and screening the debtors…</translation>
    </message>
    <message>
        <source>The database has no clients yet.

Create a demo billing agency with %1 debtors and fifteen months of invoices to try Kaishu out? You can start a real database later with File → New database.</source>
        <translation>The database has no clients yet.

Create a demo billing agency with %1 debtors and fifteen months of invoices to try Kaishu out? You can start a real database later with File → New database.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Client code</source>
        <translation>Client code</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name (kana)</source>
        <translation>Name (kana)</translation>
    </message>
    <message>
        <source>Payer name</source>
        <translation>Payer name</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>Corporate number</translation>
    </message>
    <message>
        <source>Invoice registration number</source>
        <translation>Invoice registration number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Virtual account</source>
        <translation>Virtual account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bank code</source>
        <translation>Bank code</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Account type</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Account holder (kana)</source>
        <translation>Account holder (kana)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Corporation</source>
        <translation>Corporation</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>Tax rounding</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Number format</translation>
    </message>
    <message>
        <source>Invoice form</source>
        <translation>Invoice form</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>E-mail subject</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>E-mail text</translation>
    </message>
    <message>
        <source>Transfer fee</source>
        <translation>Transfer fee</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>Unapplied</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Value date</translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation>Booking date</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Years in business</source>
        <translation>Years in business</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation>Net assets</translation>
    </message>
    <message>
        <source>Current ratio</source>
        <translation>Current ratio</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>must contain only digits</source>
        <translation>must contain only digits</translation>
    </message>
    <message>
        <source>must be %1 digits</source>
        <translation>must be %1 digits</translation>
    </message>
    <message>
        <source>must be %1 digits, not %2</source>
        <translation>must be %1 digits, not %2</translation>
    </message>
    <message>
        <source>check digit is %1, expected %2</source>
        <translation>check digit is %1, expected %2</translation>
    </message>
    <message>
        <source>must be T followed by 13 digits</source>
        <translation>must be T followed by 13 digits</translation>
    </message>
    <message>
        <source>must start with T</source>
        <translation>must start with T</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be at most 7 digits, not %1</source>
        <translation>must be at most 7 digits, not %1</translation>
    </message>
    <message>
        <source>may contain only digits, hyphens and parentheses</source>
        <translation>may contain only digits, hyphens and parentheses</translation>
    </message>
    <message>
        <source>must have 10 or 11 digits, not %1</source>
        <translation>must have 10 or 11 digits, not %1</translation>
    </message>
    <message>
        <source>must start with 0 (a domestic number)</source>
        <translation>must start with 0 (a domestic number)</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>is too long</translation>
    </message>
    <message>
        <source>must use half-width (ASCII) characters only</source>
        <translation>must use half-width (ASCII) characters only</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>must not contain spaces</translation>
    </message>
    <message>
        <source>must contain exactly one @</source>
        <translation>must contain exactly one @</translation>
    </message>
    <message>
        <source>the part before @ must have 1 to 64 characters</source>
        <translation>the part before @ must have 1 to 64 characters</translation>
    </message>
    <message>
        <source>the part before @ contains '%1'</source>
        <translation>the part before @ contains '%1'</translation>
    </message>
    <message>
        <source>the part before @ has a misplaced dot</source>
        <translation>the part before @ has a misplaced dot</translation>
    </message>
    <message>
        <source>the domain must contain a dot</source>
        <translation>the domain must contain a dot</translation>
    </message>
    <message>
        <source>the domain has an empty or overlong part</source>
        <translation>the domain has an empty or overlong part</translation>
    </message>
    <message>
        <source>a domain part must not start or end with a hyphen</source>
        <translation>a domain part must not start or end with a hyphen</translation>
    </message>
    <message>
        <source>the domain contains '%1'</source>
        <translation>the domain contains '%1'</translation>
    </message>
    <message>
        <source>the domain must end in a top-level domain such as .jp or .com</source>
        <translation>the domain must end in a top-level domain such as .jp or .com</translation>
    </message>
</context>
<context>
    <name>Kana</name>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>contains hiragana %1: write the reading in katakana</source>
        <translation>contains hiragana %1: write the reading in katakana</translation>
    </message>
    <message>
        <source>contains half-width katakana %1: use full-width katakana</source>
        <translation>contains half-width katakana %1: use full-width katakana</translation>
    </message>
    <message>
        <source>contains the half-width character %1: use full-width characters</source>
        <translation>contains the half-width character %1: use full-width characters</translation>
    </message>
    <message>
        <source>contains %1, which is not katakana</source>
        <translation>contains %1, which is not katakana</translation>
    </message>
    <message>
        <source>contains %1 at position %2, which a bank payer name cannot hold</source>
        <translation>contains %1 at position %2, which a bank payer name cannot hold</translation>
    </message>
    <message>
        <source>has %1 characters, more than %2</source>
        <translation>has %1 characters, more than %2</translation>
    </message>
</context>
<context>
    <name>PaymentTerms</name>
    <message>
        <source>closing day %1 is not allowed: use 1-28 or 月末 (month end)</source>
        <translation>closing day %1 is not allowed: use 1-28 or 月末 (month end)</translation>
    </message>
    <message>
        <source>closing day %1 is not allowed: use 1-28 or eom (month end)</source>
        <translation>closing day %1 is not allowed: use 1-28 or eom (month end)</translation>
    </message>
    <message>
        <source>payment day %1 is not allowed: use 1-28 or 月末 (month end)</source>
        <translation>payment day %1 is not allowed: use 1-28 or 月末 (month end)</translation>
    </message>
    <message>
        <source>payment day %1 is not allowed: use 1-28 or eom (month end)</source>
        <translation>payment day %1 is not allowed: use 1-28 or eom (month end)</translation>
    </message>
    <message>
        <source>closing day %1 is not a valid day: use 1-28 or 月末 (month end)</source>
        <translation>closing day %1 is not a valid day: use 1-28 or 月末 (month end)</translation>
    </message>
    <message>
        <source>closing day %1 is not a valid day: use 1-28 or eom (month end)</source>
        <translation>closing day %1 is not a valid day: use 1-28 or eom (month end)</translation>
    </message>
    <message>
        <source>payment day %1 is not a valid day: use 1-28 or 月末 (month end)</source>
        <translation>payment day %1 is not a valid day: use 1-28 or 月末 (month end)</translation>
    </message>
    <message>
        <source>payment day %1 is not a valid day: use 1-28 or eom (month end)</source>
        <translation>payment day %1 is not a valid day: use 1-28 or eom (month end)</translation>
    </message>
    <message>
        <source>cannot read the closing day at '%1': expected N日 or 月末</source>
        <translation>cannot read the closing day at '%1': expected N日 or 月末</translation>
    </message>
    <message>
        <source>cannot read the payment day at '%1': expected N日 or 月末</source>
        <translation>cannot read the payment day at '%1': expected N日 or 月末</translation>
    </message>
    <message>
        <source>expected 日 after the closing day %1</source>
        <translation>expected 日 after the closing day %1</translation>
    </message>
    <message>
        <source>expected 日 after the payment day %1</source>
        <translation>expected 日 after the payment day %1</translation>
    </message>
    <message>
        <source>payment month %1 (offset %2) is out of range: use 当月, 翌月, 翌々月 or 翌々々月 (offset 0-3)</source>
        <translation>payment month %1 (offset %2) is out of range: use 当月, 翌月, 翌々月 or 翌々々月 (offset 0-3)</translation>
    </message>
    <message>
        <source>expected 月 after %1 in the payment month</source>
        <translation>expected 月 after %1 in the payment month</translation>
    </message>
    <message>
        <source>missing the payment month (当月, 翌月, 翌々月 or 翌々々月) at '%1'</source>
        <translation>missing the payment month (当月, 翌月, 翌々月 or 翌々々月) at '%1'</translation>
    </message>
    <message>
        <source>unrecognised holiday rule '%1': expected （休日は前営業日）, （休日は翌営業日） or （休日調整なし）</source>
        <translation>unrecognised holiday rule '%1': expected （休日は前営業日）, （休日は翌営業日） or （休日調整なし）</translation>
    </message>
    <message>
        <source>payment day falls before the closing day in the closing month itself (当月): closing day %1, payment day %2</source>
        <translation>payment day falls before the closing day in the closing month itself (当月): closing day %1, payment day %2</translation>
    </message>
    <message>
        <source>unrecognised payment terms '%1': expected a phrase such as 月末締め翌月末払い or the form closing=eom;month=1;day=eom;shift=next</source>
        <translation>unrecognised payment terms '%1': expected a phrase such as 月末締め翌月末払い or the form closing=eom;month=1;day=eom;shift=next</translation>
    </message>
    <message>
        <source>expected 締め after the closing day at '%1'</source>
        <translation>expected 締め after the closing day at '%1'</translation>
    </message>
    <message>
        <source>closing day '%1' is neither a number nor eom</source>
        <translation>closing day '%1' is neither a number nor eom</translation>
    </message>
    <message>
        <source>payment day '%1' is neither a number nor eom</source>
        <translation>payment day '%1' is neither a number nor eom</translation>
    </message>
    <message>
        <source>malformed item '%1' in structured payment terms: expected key=value</source>
        <translation>malformed item '%1' in structured payment terms: expected key=value</translation>
    </message>
    <message>
        <source>unknown key '%1' in structured payment terms: expected closing, month, day and shift</source>
        <translation>unknown key '%1' in structured payment terms: expected closing, month, day and shift</translation>
    </message>
    <message>
        <source>duplicate key '%1' in structured payment terms</source>
        <translation>duplicate key '%1' in structured payment terms</translation>
    </message>
    <message>
        <source>empty value for '%1' in structured payment terms</source>
        <translation>empty value for '%1' in structured payment terms</translation>
    </message>
    <message>
        <source>missing '%1' in structured payment terms</source>
        <translation>missing '%1' in structured payment terms</translation>
    </message>
    <message>
        <source>payment month offset '%1' is not a number: use 0-3</source>
        <translation>payment month offset '%1' is not a number: use 0-3</translation>
    </message>
    <message>
        <source>payment month offset %1 is out of range: use 0-3</source>
        <translation>payment month offset %1 is out of range: use 0-3</translation>
    </message>
    <message>
        <source>unknown shift '%1': use previous, next or none</source>
        <translation>unknown shift '%1': use previous, next or none</translation>
    </message>
    <message>
        <source>payment terms are empty</source>
        <translation>payment terms are empty</translation>
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
        <translation>raises the score</translation>
    </message>
    <message>
        <source>lowers the score</source>
        <translation>lowers the score</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1: %2 points</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>Score history</translation>
    </message>
    <message>
        <source>%1: score %2, grade %3</source>
        <translation>%1: score %2, grade %3</translation>
    </message>
    <message>
        <source>Late rate by grade (test invoices)</source>
        <translation>Late rate by grade (test invoices)</translation>
    </message>
    <message>
        <source>Paid 30 or more days late</source>
        <translation>Paid 30 or more days late</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Grade (late / invoices)</source>
        <translation>Grade (late / invoices)</translation>
    </message>
    <message>
        <source>Grade %1: %2 of %3 test invoices paid 30 or more days late (%4)</source>
        <translation>Grade %1: %2 of %3 test invoices paid 30 or more days late (%4)</translation>
    </message>
    <message>
        <source>Screening score</source>
        <translation>Screening score</translation>
    </message>
</context>
<context>
    <name>ScreeningNames</name>
    <message>
        <source>%1 ↓ (was %2)</source>
        <translation>%1 ↓ (was %2)</translation>
    </message>
    <message>
        <source>%1 ↑ (was %2)</source>
        <translation>%1 ↑ (was %2)</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Gentle</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Approve with conditions</translation>
    </message>
    <message>
        <source>Refer to a supervisor</source>
        <translation>Refer to a supervisor</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Expert card</source>
        <translation>Expert card</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>investigate</source>
        <translation>investigate</translation>
    </message>
    <message>
        <source>shifted</source>
        <translation>shifted</translation>
    </message>
    <message>
        <source>no previous run</source>
        <translation>no previous run</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Has paid invoices with us</source>
        <translation>Has paid invoices with us</translation>
    </message>
    <message>
        <source>Invoices so far</source>
        <translation>Invoices so far</translation>
    </message>
    <message>
        <source>Invoices paid so far</source>
        <translation>Invoices paid so far</translation>
    </message>
    <message>
        <source>Share of invoices paid late</source>
        <translation>Share of invoices paid late</translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation>Average days late</translation>
    </message>
    <message>
        <source>Most days late</source>
        <translation>Most days late</translation>
    </message>
    <message>
        <source>Days late of the last payments</source>
        <translation>Days late of the last payments</translation>
    </message>
    <message>
        <source>Average days from the due date to payment</source>
        <translation>Average days from the due date to payment</translation>
    </message>
    <message>
        <source>Invoices overdue now</source>
        <translation>Invoices overdue now</translation>
    </message>
    <message>
        <source>Days past due of the oldest overdue invoice</source>
        <translation>Days past due of the oldest overdue invoice</translation>
    </message>
    <message>
        <source>Invoices open now</source>
        <translation>Invoices open now</translation>
    </message>
    <message>
        <source>Share of invoices disputed</source>
        <translation>Share of invoices disputed</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Invoice amount</translation>
    </message>
    <message>
        <source>Days of payment terms</source>
        <translation>Days of payment terms</translation>
    </message>
    <message>
        <source>Amount against the usual amount</source>
        <translation>Amount against the usual amount</translation>
    </message>
    <message>
        <source>Late rate of the region</source>
        <translation>Late rate of the region</translation>
    </message>
    <message>
        <source>Late rate of the industry</source>
        <translation>Late rate of the industry</translation>
    </message>
    <message>
        <source>Late rate of the sales channel</source>
        <translation>Late rate of the sales channel</translation>
    </message>
    <message>
        <source>Months since the previous invoice</source>
        <translation>Months since the previous invoice</translation>
    </message>
    <message>
        <source>Average days from invoice to payment</source>
        <translation>Average days from invoice to payment</translation>
    </message>
    <message>
        <source>No external credit report</source>
        <translation>No external credit report</translation>
    </message>
    <message>
        <source>External credit score</source>
        <translation>External credit score</translation>
    </message>
    <message>
        <source>Years in business</source>
        <translation>Years in business</translation>
    </message>
    <message>
        <source>Negative net assets (債務超過)</source>
        <translation>Negative net assets (債務超過)</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1

The list is shown again as it is stored now.</source>
        <translation>%1

The list is shown again as it is stored now.</translation>
    </message>
    <message>
        <source>An amount is too large to be calculated.</source>
        <translation>An amount is too large to be calculated.</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>no converter for %1 (%2)</source>
        <translation>no converter for %1 (%2)</translation>
    </message>
    <message>
        <source>the %1 text ends inside a character (bytes %2 at byte offset %3, line %4)</source>
        <translation>the %1 text ends inside a character (bytes %2 at byte offset %3, line %4)</translation>
    </message>
    <message>
        <source>invalid %1 bytes %2 at byte offset %3 (line %4)</source>
        <translation>invalid %1 bytes %2 at byte offset %3 (line %4)</translation>
    </message>
    <message>
        <source>the character '%1' (%2) at line %3, column %4 cannot be written in %5</source>
        <translation>the character '%1' (%2) at line %3, column %4 cannot be written in %5</translation>
    </message>
</context>
<context>
    <name>kaishu::audit</name>
    <message>
        <source>Record %1 does not follow the record before it: a record was removed or inserted.</source>
        <translation>Record %1 does not follow the record before it: a record was removed or inserted.</translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written.</source>
        <translation>Record %1 was changed after it was written.</translation>
    </message>
</context>
<context>
    <name>kaishu::billing</name>
    <message>
        <source>{seq:N} needs a width N from 1 to 12</source>
        <translation>{seq:N} needs a width N from 1 to 12</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (use {client}, {yyyy}, {yy}, {mm}, {seq:N})</source>
        <translation>unknown placeholder {%1} (use {client}, {yyyy}, {yy}, {mm}, {seq:N})</translation>
    </message>
    <message>
        <source>the format needs exactly one {seq:N}</source>
        <translation>the format needs exactly one {seq:N}</translation>
    </message>
    <message>
        <source>the format has at most 60 characters</source>
        <translation>the format has at most 60 characters</translation>
    </message>
    <message>
        <source>the billing settings were changed by someone else; reload them</source>
        <translation>the billing settings were changed by someone else; reload them</translation>
    </message>
    <message>
        <source>the agency's name is required</source>
        <translation>the agency's name is required</translation>
    </message>
    <message>
        <source>not a valid registration number (T + 13 digits)</source>
        <translation>not a valid registration number (T + 13 digits)</translation>
    </message>
    <message>
        <source>only issued documents are archived</source>
        <translation>only issued documents are archived</translation>
    </message>
    <message>
        <source>client %1 has no customer %2</source>
        <translation>client %1 has no customer %2</translation>
    </message>
    <message>
        <source>the archived %1 of %2 does not match its SHA-256</source>
        <translation>the archived %1 of %2 does not match its SHA-256</translation>
    </message>
    <message>
        <source>an invoice needs at least one line</source>
        <translation>an invoice needs at least one line</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>a description is required</source>
        <translation>a description is required</translation>
    </message>
    <message>
        <source>a delivery date is required</source>
        <translation>a delivery date is required</translation>
    </message>
    <message>
        <source>the quantity must not be zero</source>
        <translation>the quantity must not be zero</translation>
    </message>
    <message>
        <source>no invoice has the id %1</source>
        <translation>no invoice has the id %1</translation>
    </message>
    <message>
        <source>the draft was changed or issued by someone else; reload it</source>
        <translation>the draft was changed or issued by someone else; reload it</translation>
    </message>
    <message>
        <source>invoice %1 is not a draft</source>
        <translation>invoice %1 is not a draft</translation>
    </message>
    <message>
        <source>the agency issues for client %1 but has no registration number (File → Agency)</source>
        <translation>the agency issues for client %1 but has no registration number (File → Agency)</translation>
    </message>
    <message>
        <source>a reason for the cancellation is required</source>
        <translation>a reason for the cancellation is required</translation>
    </message>
    <message>
        <source>only an issued invoice can be cancelled</source>
        <translation>only an issued invoice can be cancelled</translation>
    </message>
    <message>
        <source>invoice %1 has payments or credit notes: correct it with a credit note</source>
        <translation>invoice %1 has payments or credit notes: correct it with a credit note</translation>
    </message>
    <message>
        <source>the invoice was changed by someone else; reload it</source>
        <translation>the invoice was changed by someone else; reload it</translation>
    </message>
    <message>
        <source>Corrects invoice %1 (%2)</source>
        <translation>Corrects invoice %1 (%2)</translation>
    </message>
    <message>
        <source>a reason for the credit note is required</source>
        <translation>a reason for the credit note is required</translation>
    </message>
    <message>
        <source>a credit note needs an issued invoice</source>
        <translation>a credit note needs an issued invoice</translation>
    </message>
    <message>
        <source>the credit note's total %1 yen must be above 0 and at most the %2 yen left on invoice %3</source>
        <translation>the credit note's total %1 yen must be above 0 and at most the %2 yen left on invoice %3</translation>
    </message>
    <message>
        <source>invoice %1 has no received money without a receipt</source>
        <translation>invoice %1 has no received money without a receipt</translation>
    </message>
    <message>
        <source>お品代として</source>
        <translation>お品代として</translation>
    </message>
    <message>
        <source>The tax breakdown of category %1 does not match the lines; recompute the document's tax.</source>
        <translation>The tax breakdown of category %1 does not match the lines; recompute the document's tax.</translation>
    </message>
    <message>
        <source>The document's tax totals are not the sum of its tax breakdown; recompute the document's tax.</source>
        <translation>The document's tax totals are not the sum of its tax breakdown; recompute the document's tax.</translation>
    </message>
    <message>
        <source>A receipt has no JP PINT form; only invoices and credit notes can be sent as e-invoices.</source>
        <translation>A receipt has no JP PINT form; only invoices and credit notes can be sent as e-invoices.</translation>
    </message>
    <message>
        <source>A JP PINT e-invoice needs at least one line.</source>
        <translation>A JP PINT e-invoice needs at least one line.</translation>
    </message>
    <message>
        <source>The document has no number.</source>
        <translation>The document has no number.</translation>
    </message>
    <message>
        <source>The document has no issue date.</source>
        <translation>The document has no issue date.</translation>
    </message>
    <message>
        <source>The issuer's registration number "%1" is not T followed by 13 digits.</source>
        <translation>The issuer's registration number "%1" is not T followed by 13 digits.</translation>
    </message>
    <message>
        <source>The issuer has no name.</source>
        <translation>The issuer has no name.</translation>
    </message>
    <message>
        <source>The recipient has no name.</source>
        <translation>The recipient has no name.</translation>
    </message>
    <message>
        <source>A credit note must name the invoice it corrects.</source>
        <translation>A credit note must name the invoice it corrects.</translation>
    </message>
    <message>
        <source>Line %1 has no description.</source>
        <translation>Line %1 has no description.</translation>
    </message>
    <message>
        <source>JP PINT requires the tax of a rate to be its net amount × the rate, rounded up or down (rule aligned-ibrp-051-jp): the %1% tax is %2 on a net amount of %3. This tax-included rounding cannot be sent as a JP PINT e-invoice; send the PDF instead.</source>
        <translation>JP PINT requires the tax of a rate to be its net amount × the rate, rounded up or down (rule aligned-ibrp-051-jp): the %1% tax is %2 on a net amount of %3. This tax-included rounding cannot be sent as a JP PINT e-invoice; send the PDF instead.</translation>
    </message>
    <message>
        <source>The document's amounts are out of range and cannot be exported.</source>
        <translation>The document's amounts are out of range and cannot be exported.</translation>
    </message>
    <message>
        <source>the file has no column for this required field</source>
        <translation>the file has no column for this required field</translation>
    </message>
    <message>
        <source>no client has the code %1</source>
        <translation>no client has the code %1</translation>
    </message>
    <message>
        <source>client %1 has no customer with the code %2</source>
        <translation>client %1 has no customer with the code %2</translation>
    </message>
    <message>
        <source>“%1” is not a number with at most four decimals</source>
        <translation>“%1” is not a number with at most four decimals</translation>
    </message>
    <message>
        <source>“%1” is not a price with at most four decimals</source>
        <translation>“%1” is not a price with at most four decimals</translation>
    </message>
    <message>
        <source>“%1” is not a tax category (10, 8, exempt or outside)</source>
        <translation>“%1” is not a tax category (10, 8, exempt or outside)</translation>
    </message>
    <message>
        <source>“%1” is not a price mode (excl or incl)</source>
        <translation>“%1” is not a price mode (excl or incl)</translation>
    </message>
    <message>
        <source>order %1 belongs to customer %2 on an earlier line</source>
        <translation>order %1 belongs to customer %2 on an earlier line</translation>
    </message>
    <message>
        <source>order %1 of client %2 was imported before</source>
        <translation>order %1 of client %2 was imported before</translation>
    </message>
    <message>
        <source>order %1 line %2 was changed or billed by someone else; reload it</source>
        <translation>order %1 line %2 was changed or billed by someone else; reload it</translation>
    </message>
    <message>
        <source>an order number is required</source>
        <translation>an order number is required</translation>
    </message>
    <message>
        <source>an order number has at most 40 characters</source>
        <translation>an order number has at most 40 characters</translation>
    </message>
    <message>
        <source>a date like 2026-11-20 is required</source>
        <translation>a date like 2026-11-20 is required</translation>
    </message>
    <message>
        <source>the delivery date is before the order date</source>
        <translation>the delivery date is before the order date</translation>
    </message>
    <message>
        <source>a description of what was supplied is required</source>
        <translation>a description of what was supplied is required</translation>
    </message>
    <message>
        <source>a description has at most 200 characters</source>
        <translation>a description has at most 200 characters</translation>
    </message>
    <message>
        <source>a unit price must not be negative (enter a negative quantity for a return)</source>
        <translation>a unit price must not be negative (enter a negative quantity for a return)</translation>
    </message>
    <message>
        <source>quantity × unit price exceeds 100,000,000,000 yen</source>
        <translation>quantity × unit price exceeds 100,000,000,000 yen</translation>
    </message>
    <message>
        <source>order lines were billed by someone else meanwhile; run again</source>
        <translation>order lines were billed by someone else meanwhile; run again</translation>
    </message>
    <message>
        <source>a line number from 1 is required</source>
        <translation>a line number from 1 is required</translation>
    </message>
    <message>
        <source>the customer does not belong to this client</source>
        <translation>the customer does not belong to this client</translation>
    </message>
    <message>
        <source>%1 %2 would owe %3 yen against a limit of %4 yen</source>
        <translation>%1 %2 would owe %3 yen against a limit of %4 yen</translation>
    </message>
    <message>
        <source>%1: issuing over the credit limit needs a supervisor's approval (%2)</source>
        <translation>%1: issuing over the credit limit needs a supervisor's approval (%2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no supervisor is named yet</source>
        <translation>no supervisor is named yet</translation>
    </message>
</context>
<context>
    <name>kaishu::cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Database ready: %1 (schema %2)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Kaishu demo billing agency</source>
        <translation>Kaishu demo billing agency</translation>
    </message>
    <message>
        <source>  database:        %1</source>
        <translation>  database:        %1</translation>
    </message>
    <message>
        <source>  created:         %1 clients, %2 debtors, %3 accounts in %4 ms</source>
        <translation>  created:         %1 clients, %2 debtors, %3 accounts in %4 ms</translation>
    </message>
    <message>
        <source>  accounts per client (credit limits in yen):</source>
        <translation>  accounts per client (credit limits in yen):</translation>
    </message>
    <message>
        <source>  top prefectures: %1</source>
        <translation>  top prefectures: %1</translation>
    </message>
    <message>
        <source>  sample debtors:</source>
        <translation>  sample debtors:</translation>
    </message>
    <message>
        <source>  audit trail:     %1 records, chain %2</source>
        <translation>  audit trail:     %1 records, chain %2</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>BROKEN: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>import needs a FILE.</source>
        <translation>import needs a FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation><numerusform>Nothing was imported: %n problem.</numerusform><numerusform>Nothing was imported: %n problems.</numerusform></translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>%1 rows read: %2 created, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export needs --out FILE.</translation>
    </message>
    <message>
        <source>--encoding must be utf-8-bom or shift_jis.</source>
        <translation>--encoding must be utf-8-bom or shift_jis.</translation>
    </message>
    <message>
        <source>check needs a VALUE.</source>
        <translation>check needs a VALUE.</translation>
    </message>
    <message>
        <source> (a sole proprietor's number has no check digit: check it with --sole-proprietor)</source>
        <translation> (a sole proprietor's number has no check digit: check it with --sole-proprietor)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>calendar holidays needs --year Y.</source>
        <translation>calendar holidays needs --year Y.</translation>
    </message>
    <message>
        <source>calendar due-date needs --date YYYY-MM-DD and --terms TERMS.</source>
        <translation>calendar due-date needs --date YYYY-MM-DD and --terms TERMS.</translation>
    </message>
    <message>
        <source>"%1" is not a date of the form YYYY-MM-DD.</source>
        <translation>"%1" is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Terms "%1": %2</source>
        <translation>Terms "%1": %2</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 records.</source>
        <translation>The audit trail is intact: %1 records.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup needs --out FILE.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <source>--%1 must be a date of the form YYYY-MM-DD.</source>
        <translation>--%1 must be a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 must be an amount in yen, e.g. 12,000.</source>
        <translation>--%1 must be an amount in yen, e.g. 12,000.</translation>
    </message>
    <message>
        <source>No client has the code %1.</source>
        <translation>No client has the code %1.</translation>
    </message>
    <message>
        <source>No invoice has the number %1.</source>
        <translation>No invoice has the number %1.</translation>
    </message>
    <message>
        <source>orders import needs a FILE.</source>
        <translation>orders import needs a FILE.</translation>
    </message>
    <message>
        <source>%1 order lines imported.</source>
        <translation>%1 order lines imported.</translation>
    </message>
    <message>
        <source>%1 order lines checked; nothing written (dry run).</source>
        <translation>%1 order lines checked; nothing written (dry run).</translation>
    </message>
    <message>
        <source>billing run needs --client CODE and --closing YYYY-MM-DD.</source>
        <translation>billing run needs --client CODE and --closing YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Billing run %1, closing %2: %3 drafts from %4 order lines.</source>
        <translation>Billing run %1, closing %2: %3 drafts from %4 order lines.</translation>
    </message>
    <message>
        <source>  credit limit exceeded: %1 %2, limit %3, exposure %4</source>
        <translation>  credit limit exceeded: %1 %2, limit %3, exposure %4</translation>
    </message>
    <message>
        <source>invoice issue needs --client CODE --all-drafts, or --id ID.</source>
        <translation>invoice issue needs --client CODE --all-drafts, or --id ID.</translation>
    </message>
    <message>
        <source>There are no drafts to issue.</source>
        <translation>There are no drafts to issue.</translation>
    </message>
    <message>
        <source>--format must be table or csv.</source>
        <translation>--format must be table or csv.</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Unknown status %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n invoice</numerusform><numerusform>%n invoices</numerusform></translation>
    </message>
    <message>
        <source>invoice credit-note needs a NUMBER and --reason TEXT.</source>
        <translation>invoice credit-note needs a NUMBER and --reason TEXT.</translation>
    </message>
    <message>
        <source>--lines: “%1” is not LINE:QUANTITY with a line from 1 to %2.</source>
        <translation>--lines: “%1” is not LINE:QUANTITY with a line from 1 to %2.</translation>
    </message>
    <message>
        <source>Credit note %1 for invoice %2: net %3, tax %4, total %5.</source>
        <translation>Credit note %1 for invoice %2: net %3, tax %4, total %5.</translation>
    </message>
    <message>
        <source>invoice cancel needs a NUMBER and --reason TEXT.</source>
        <translation>invoice cancel needs a NUMBER and --reason TEXT.</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled.</source>
        <translation>Invoice %1 cancelled.</translation>
    </message>
    <message>
        <source>invoice payment needs a NUMBER and --amount YEN.</source>
        <translation>invoice payment needs a NUMBER and --amount YEN.</translation>
    </message>
    <message>
        <source>Invoice %1: %2 received, balance %3.</source>
        <translation>Invoice %1: %2 received, balance %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message>
        <source>KEY must be one of: %1</source>
        <translation>KEY must be one of: %1</translation>
    </message>
    <message>
        <source>settings set needs a KEY and a VALUE.</source>
        <translation>settings set needs a KEY and a VALUE.</translation>
    </message>
    <message>
        <source>%1 needs a NUMBER and --out FILE.</source>
        <translation>%1 needs a NUMBER and --out FILE.</translation>
    </message>
    <message>
        <source>A draft has no number yet: issue it first.</source>
        <translation>A draft has no number yet: issue it first.</translation>
    </message>
    <message>
        <source>invoice email needs a NUMBER.</source>
        <translation>invoice email needs a NUMBER.</translation>
    </message>
    <message>
        <source>No mail server is set: kaishu-cli settings set smtp.host HOST (and smtp.port, smtp.security, smtp.user, smtp.password, smtp.from).</source>
        <translation>No mail server is set: kaishu-cli settings set smtp.host HOST (and smtp.port, smtp.security, smtp.user, smtp.password, smtp.from).</translation>
    </message>
    <message>
        <source>Not sent (logged, can be retried): %1</source>
        <translation>Not sent (logged, can be retried): %1</translation>
    </message>
    <message>
        <source>Invoice %1 sent: %2</source>
        <translation>Invoice %1 sent: %2</translation>
    </message>
    <message>
        <source>Receipt %1 for invoice %2: %3 yen%4.</source>
        <translation>Receipt %1 for invoice %2: %3 yen%4.</translation>
    </message>
    <message>
        <source> (a paper copy needs a revenue stamp)</source>
        <translation> (a paper copy needs a revenue stamp)</translation>
    </message>
    <message>
        <source>--today must be a date of the form YYYY-MM-DD.</source>
        <translation>--today must be a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>  invoicing:       %1 order lines, %2 invoices issued (%3 paid, %4 overdue) in %5 ms</source>
        <translation>  invoicing:       %1 order lines, %2 invoices issued (%3 paid, %4 overdue) in %5 ms</translation>
    </message>
    <message>
        <source>  payments:        %1 bank lines, %2 matched automatically, %3 suggested, %4 unmatched</source>
        <translation>  payments:        %1 bank lines, %2 matched automatically, %3 suggested, %4 unmatched</translation>
    </message>
    <message>
        <source>  written to:      %1 (clients.csv, debtors.csv, bank-01.txt, bank-truth.csv, payment-history.csv)</source>
        <translation>  written to:      %1 (clients.csv, debtors.csv, bank-01.txt, bank-truth.csv, payment-history.csv)</translation>
    </message>
    <message>
        <source>payments import needs a FILE.</source>
        <translation>payments import needs a FILE.</translation>
    </message>
    <message>
        <source>--format must be auto, zengin or csv.</source>
        <translation>--format must be auto, zengin or csv.</translation>
    </message>
    <message>
        <source>This file was imported on %1; nothing was imported again.</source>
        <translation>This file was imported on %1; nothing was imported again.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation><numerusform>Nothing was imported: the file has %n problem.</numerusform><numerusform>Nothing was imported: the file has %n problems.</numerusform></translation>
    </message>
    <message>
        <source>%1 line(s) read, %2 new, %3 duplicate(s) skipped (%4 outgoing, %5 cancelled)%6</source>
        <translation>%1 line(s) read, %2 new, %3 duplicate(s) skipped (%4 outgoing, %5 cancelled)%6</translation>
    </message>
    <message>
        <source>; dry run, nothing kept</source>
        <translation>; dry run, nothing kept</translation>
    </message>
    <message>
        <source>--auto-threshold must be a number from 0 to 1, e.g. 0.9.</source>
        <translation>--auto-threshold must be a number from 0 to 1, e.g. 0.9.</translation>
    </message>
    <message>
        <source>auto %1, suggested %2, unmatched %3 (%4 ms)</source>
        <translation>auto %1, suggested %2, unmatched %3 (%4 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) waiting</source>
        <translation><numerusform>%n payment waiting</numerusform><numerusform>%n payments waiting</numerusform></translation>
    </message>
    <message>
        <source>Name the payment by its ID (see payments unmatched).</source>
        <translation>Name the payment by its ID (see payments unmatched).</translation>
    </message>
    <message>
        <source>No payment has the ID %1.</source>
        <translation>No payment has the ID %1.</translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 has %n suggestion(s).</source>
        <translation><numerusform>Payment %1 has %n suggestion.</numerusform><numerusform>Payment %1 has %n suggestions.</numerusform></translation>
    </message>
    <message>
        <source>Payment %1 matched: %2 yen allocated.</source>
        <translation>Payment %1 matched: %2 yen allocated.</translation>
    </message>
    <message>
        <source>Payment %1 is open again; its invoices owe what they owed before.</source>
        <translation>Payment %1 is open again; its invoices owe what they owed before.</translation>
    </message>
    <message>
        <source>payments export-matches needs --out FILE.csv.</source>
        <translation>payments export-matches needs --out FILE.csv.</translation>
    </message>
    <message>
        <source>The folds file cannot be read: %1</source>
        <translation>The folds file cannot be read: %1</translation>
    </message>
    <message>
        <source>Folds file, line %1: not a row of the data</source>
        <translation>Folds file, line %1: not a row of the data</translation>
    </message>
    <message>
        <source>Folds file, line %1, %2: not a fold number</source>
        <translation>Folds file, line %1, %2: not a fold number</translation>
    </message>
    <message>
        <source>Folds file, %1: not every row of the data has a fold</source>
        <translation>Folds file, %1: not every row of the data has a fold</translation>
    </message>
    <message>
        <source>scorecard cv needs --%1.</source>
        <translation>scorecard cv needs --%1.</translation>
    </message>
    <message>
        <source>--model is woe or onehot, not %1.</source>
        <translation>--model is woe or onehot, not %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>screening evaluate needs --history and --split-date.</source>
        <translation>screening evaluate needs --history and --split-date.</translation>
    </message>
    <message>
        <source>screening reports import needs a file.</source>
        <translation>screening reports import needs a file.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Nothing was imported from %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit report(s) checked; nothing written (dry run)</source>
        <translation><numerusform>%n credit report checked; nothing written (dry run)</numerusform><numerusform>%n credit reports checked; nothing written (dry run)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n credit report(s) added</source>
        <translation><numerusform>%n credit report added</numerusform><numerusform>%n credit reports added</numerusform></translation>
    </message>
    <message>
        <source>Model %1 trained as of %2 on %3 invoices (%4 paid 30 or more days late), tested on %5 held out (%6 late).</source>
        <translation>Model %1 trained as of %2 on %3 invoices (%4 paid 30 or more days late), tested on %5 held out (%6 late).</translation>
    </message>
    <message>
        <source>Warning: the late rate does not rise from grade to grade.</source>
        <translation>Warning: the late rate does not rise from grade to grade.</translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>No customer has the code %1.</translation>
    </message>
    <message>
        <source>Screened %1 account(s) as of %2 with the %3.</source>
        <translation>Screened %1 account(s) as of %2 with the %3.</translation>
    </message>
    <message>
        <source>trained model</source>
        <translation>trained model</translation>
    </message>
    <message>
        <source>expert card</source>
        <translation>expert card</translation>
    </message>
    <message>
        <source>--format must be csv or text.</source>
        <translation>--format must be csv or text.</translation>
    </message>
    <message>
        <source>screening override needs a result id.</source>
        <translation>screening override needs a result id.</translation>
    </message>
    <message>
        <source>screening override needs --grade A-E, --limit YEN, --tier and --decision.</source>
        <translation>screening override needs --grade A-E, --limit YEN, --tier and --decision.</translation>
    </message>
    <message>
        <source>Result %1 of %2: grade %3, limit %4 yen, by %5.</source>
        <translation>Result %1 of %2: grade %3, limit %4 yen, by %5.</translation>
    </message>
    <message>
        <source>Supervisors: %1</source>
        <translation>Supervisors: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>  screening:       %1 accounts screened by the trained model (held-out AUC %2)</source>
        <translation>  screening:       %1 accounts screened by the trained model (held-out AUC %2)</translation>
    </message>
    <message>
        <source>  screening:       %1 accounts screened by the expert card</source>
        <translation>  screening:       %1 accounts screened by the expert card</translation>
    </message>
    <message>
        <source>--weeks must be a whole number from 1 to 104.</source>
        <translation>--weeks must be a whole number from 1 to 104.</translation>
    </message>
    <message>
        <source>%1 – %2: %3 yen</source>
        <translation>%1 – %2: %3 yen</translation>
    </message>
    <message>
        <source>from %1 or not at all: %2 yen</source>
        <translation>from %1 or not at all: %2 yen</translation>
    </message>
    <message>
        <source>open now: %1 yen</source>
        <translation>open now: %1 yen</translation>
    </message>
</context>
<context>
    <name>kaishu::documents</name>
    <message>
        <source>Only issued invoices have an e-invoice.</source>
        <translation>Only issued invoices have an e-invoice.</translation>
    </message>
    <message>
        <source>Only issued invoices are sent.</source>
        <translation>Only issued invoices are sent.</translation>
    </message>
    <message>
        <source>The e-mail template of client %1: %2</source>
        <translation>The e-mail template of client %1: %2</translation>
    </message>
    <message>
        <source>The debtor has no e-mail address: enter one on the debtor or give a recipient.</source>
        <translation>The debtor has no e-mail address: enter one on the debtor or give a recipient.</translation>
    </message>
</context>
<context>
    <name>kaishu::mail</name>
    <message>
        <source>no sender address</source>
        <translation>no sender address</translation>
    </message>
    <message>
        <source>invalid sender address: %1</source>
        <translation>invalid sender address: %1</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>no recipient</translation>
    </message>
    <message>
        <source>invalid address in %1: %2</source>
        <translation>invalid address in %1: %2</translation>
    </message>
    <message>
        <source>invalid address in Reply-To: %1</source>
        <translation>invalid address in Reply-To: %1</translation>
    </message>
    <message>
        <source>an attachment has no file name</source>
        <translation>an attachment has no file name</translation>
    </message>
    <message>
        <source>'{' at position %1 is not closed (write {{ for a brace)</source>
        <translation>'{' at position %1 is not closed (write {{ for a brace)</translation>
    </message>
    <message>
        <source>empty placeholder {} at position %1</source>
        <translation>empty placeholder {} at position %1</translation>
    </message>
    <message>
        <source>'}' at position %1 has no opening '{' (write }} for a brace)</source>
        <translation>'}' at position %1 has no opening '{' (write }} for a brace)</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}</source>
        <translation>unknown placeholder {%1}</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>subject: %1</translation>
    </message>
    <message>
        <source>body: %1</source>
        <translation>body: %1</translation>
    </message>
    <message>
        <source>The mail server %1 was not found (%2)</source>
        <translation>The mail server %1 was not found (%2)</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server %1: %2</source>
        <translation>Cannot connect to the mail server %1: %2</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer within %2 seconds</source>
        <translation>The mail server %1 did not answer within %2 seconds</translation>
    </message>
    <message>
        <source>Authentication failed for user %1: %2</source>
        <translation>Authentication failed for user %1: %2</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS: choose another security setting</source>
        <translation>The mail server %1 does not offer STARTTLS: choose another security setting</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 could not be verified: %2</source>
        <translation>The certificate of the mail server %1 could not be verified: %2</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2</source>
        <translation>The CA file %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The TLS connection to the mail server %1 failed: %2</source>
        <translation>The TLS connection to the mail server %1 failed: %2</translation>
    </message>
    <message>
        <source>Recipient %1 rejected by the mail server: %2</source>
        <translation>Recipient %1 rejected by the mail server: %2</translation>
    </message>
    <message>
        <source>The mail server requires authentication (set a user name and password): %1</source>
        <translation>The mail server requires authentication (set a user name and password): %1</translation>
    </message>
    <message>
        <source>Sender %1 rejected by the mail server: %2</source>
        <translation>Sender %1 rejected by the mail server: %2</translation>
    </message>
    <message>
        <source>The mail server rejected the message: %1</source>
        <translation>The mail server rejected the message: %1</translation>
    </message>
    <message>
        <source>The mail server %1 refused: %2</source>
        <translation>The mail server %1 refused: %2</translation>
    </message>
    <message>
        <source>Sending through %1 failed: %2</source>
        <translation>Sending through %1 failed: %2</translation>
    </message>
    <message>
        <source>No mail server is set</source>
        <translation>No mail server is set</translation>
    </message>
    <message>
        <source>Invalid mail server port %1</source>
        <translation>Invalid mail server port %1</translation>
    </message>
    <message>
        <source>invalid recipient address: %1</source>
        <translation>invalid recipient address: %1</translation>
    </message>
    <message>
        <source>The network library could not be initialised</source>
        <translation>The network library could not be initialised</translation>
    </message>
    <message>
        <source>Invalid mail server name %1</source>
        <translation>Invalid mail server name %1</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Out of memory</translation>
    </message>
</context>
<context>
    <name>kaishu::parties</name>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>is longer than %1 characters</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>must not contain spaces</translation>
    </message>
    <message>
        <source>is required with a bank account</source>
        <translation>is required with a bank account</translation>
    </message>
    <message>
        <source>a person has no corporate number</source>
        <translation>a person has no corporate number</translation>
    </message>
    <message>
        <source>"%1" is not a prefecture</source>
        <translation>"%1" is not a prefecture</translation>
    </message>
    <message>
        <source>"%1" is not a JSIC major group (A–T)</source>
        <translation>"%1" is not a JSIC major group (A–T)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>%1 was changed by someone else since you opened it. Reload it and try again.</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Debtor %1</source>
        <translation>Debtor %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file has no column for this required field</source>
        <translation>the file has no column for this required field</translation>
    </message>
    <message>
        <source>client %1 appears already on line %2</source>
        <translation>client %1 appears already on line %2</translation>
    </message>
    <message>
        <source>"%1" is not an account type (普通, 当座, 貯蓄)</source>
        <translation>"%1" is not an account type (普通, 当座, 貯蓄)</translation>
    </message>
    <message>
        <source>customer %1 of client %2 appears already on line %3</source>
        <translation>customer %1 of client %2 appears already on line %3</translation>
    </message>
    <message>
        <source>there is no client %1</source>
        <translation>there is no client %1</translation>
    </message>
    <message>
        <source>corporate number %1 belongs to %2, but customer %3 is %4</source>
        <translation>corporate number %1 belongs to %2, but customer %3 is %4</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yen</source>
        <translation>"%1" is not an amount in yen</translation>
    </message>
    <message>
        <source>virtual account %1 appears already on line %2</source>
        <translation>virtual account %1 appears already on line %2</translation>
    </message>
    <message>
        <source>client %1 exists already</source>
        <translation>client %1 exists already</translation>
    </message>
    <message>
        <source>Client %1 was deleted by someone else.</source>
        <translation>Client %1 was deleted by someone else.</translation>
    </message>
    <message>
        <source>a debtor with corporate number %1 exists already</source>
        <translation>a debtor with corporate number %1 exists already</translation>
    </message>
    <message>
        <source>Debtor %1 was deleted by someone else.</source>
        <translation>Debtor %1 was deleted by someone else.</translation>
    </message>
    <message>
        <source>corporate number %1 belongs to %2</source>
        <translation>corporate number %1 belongs to %2</translation>
    </message>
    <message>
        <source>virtual account %1 is assigned to customer %2 already</source>
        <translation>virtual account %1 is assigned to customer %2 already</translation>
    </message>
    <message>
        <source>the client or the debtor does not exist</source>
        <translation>the client or the debtor does not exist</translation>
    </message>
    <message>
        <source>customer code %1 is used by this client already</source>
        <translation>customer code %1 is used by this client already</translation>
    </message>
    <message>
        <source>Account %1 was deleted by someone else.</source>
        <translation>Account %1 was deleted by someone else.</translation>
    </message>
    <message>
        <source>are not valid payment terms</source>
        <translation>are not valid payment terms</translation>
    </message>
    <message>
        <source>Debtor %1 no longer exists.</source>
        <translation>Debtor %1 no longer exists.</translation>
    </message>
    <message>
        <source>Client %1 no longer exists.</source>
        <translation>Client %1 no longer exists.</translation>
    </message>
</context>
<context>
    <name>kaishu::payments</name>
    <message>
        <source>more than %1 problems; the file is not read further</source>
        <translation>more than %1 problems; the file is not read further</translation>
    </message>
    <message>
        <source>the header has no column named "%1"</source>
        <translation>the header has no column named "%1"</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>the line has only %1 columns</source>
        <translation>the line has only %1 columns</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>the date is missing</translation>
    </message>
    <message>
        <source>not a date: "%1"</source>
        <translation>not a date: "%1"</translation>
    </message>
    <message>
        <source>not an amount: "%1"</source>
        <translation>not an amount: "%1"</translation>
    </message>
    <message>
        <source>the amount is missing or zero</source>
        <translation>the amount is missing or zero</translation>
    </message>
    <message>
        <source>the amount is out of range</source>
        <translation>the amount is out of range</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>the amount is negative</translation>
    </message>
    <message>
        <source>both %1 and %2 are filled</source>
        <translation>both %1 and %2 are filled</translation>
    </message>
    <message>
        <source>neither %1 nor %2 is filled</source>
        <translation>neither %1 nor %2 is filled</translation>
    </message>
    <message>
        <source>%1 does not follow from the previous balance and this line's amount (are the money columns mapped right?)</source>
        <translation>%1 does not follow from the previous balance and this line's amount (are the money columns mapped right?)</translation>
    </message>
    <message>
        <source>the column mapping needs a date column and an amount or deposit column</source>
        <translation>the column mapping needs a date column and an amount or deposit column</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file has fewer than the mapping's %1 header rows</source>
        <translation>the file has fewer than the mapping's %1 header rows</translation>
    </message>
    <message>
        <source>the file has no lines after its header</source>
        <translation>the file has no lines after its header</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>Paid into virtual account %1 of %2</source>
        <translation>Paid into virtual account %1 of %2</translation>
    </message>
    <message>
        <source>Invoice %1 named in the EDI information</source>
        <translation>Invoice %1 named in the EDI information</translation>
    </message>
    <message>
        <source>Invoice %1 named in the payer name</source>
        <translation>Invoice %1 named in the payer name</translation>
    </message>
    <message>
        <source>Customer code %1 named in the EDI information</source>
        <translation>Customer code %1 named in the EDI information</translation>
    </message>
    <message>
        <source>Customer code %1 named in the payer name</source>
        <translation>Customer code %1 named in the payer name</translation>
    </message>
    <message>
        <source>Payer name %1 from %2 %3 was confirmed for %4 before</source>
        <translation>Payer name %1 from %2 %3 was confirmed for %4 before</translation>
    </message>
    <message>
        <source>Payer name %1 was confirmed for %2 before</source>
        <translation>Payer name %1 was confirmed for %2 before</translation>
    </message>
    <message>
        <source>Payer name %1 was confirmed for %2 before, but from another bank</source>
        <translation>Payer name %1 was confirmed for %2 before, but from another bank</translation>
    </message>
    <message>
        <source>Payer name %1 matches %2 of %3 (%4%)</source>
        <translation>Payer name %1 matches %2 of %3 (%4%)</translation>
    </message>
    <message>
        <source>, but the legal form differs (%1 / %2)</source>
        <translation>, but the legal form differs (%1 / %2)</translation>
    </message>
    <message>
        <source>not applied automatically: the name of %1 is as close (%2%)</source>
        <translation>not applied automatically: the name of %1 is as close (%2%)</translation>
    </message>
    <message>
        <source>short by %1 yen: the fee this debtor deducted before; pays %2</source>
        <translation>short by %1 yen: the fee this debtor deducted before; pays %2</translation>
    </message>
    <message>
        <source>short by %1 yen: bank fee deducted by the payer; pays %2</source>
        <translation>short by %1 yen: bank fee deducted by the payer; pays %2</translation>
    </message>
    <message>
        <source>amount equals invoice %1</source>
        <translation>amount equals invoice %1</translation>
    </message>
    <message>
        <source>pays invoice %1 in part; %2 yen remain</source>
        <translation>pays invoice %1 in part; %2 yen remain</translation>
    </message>
    <message>
        <source>amount equals invoice %1, the oldest of %2 open invoices of that amount</source>
        <translation>amount equals invoice %1, the oldest of %2 open invoices of that amount</translation>
    </message>
    <message>
        <source>amount equals invoices %1 together</source>
        <translation>amount equals invoices %1 together</translation>
    </message>
    <message>
        <source>no open invoice; kept as credit</source>
        <translation>no open invoice; kept as credit</translation>
    </message>
    <message>
        <source>amount equals the %1 oldest open invoices together</source>
        <translation>amount equals the %1 oldest open invoices together</translation>
    </message>
    <message>
        <source>partial payment: %1 yen of %2 yen open, oldest invoice first</source>
        <translation>partial payment: %1 yen of %2 yen open, oldest invoice first</translation>
    </message>
    <message>
        <source>%1 yen more than all open invoices (%2 yen); kept as credit</source>
        <translation>%1 yen more than all open invoices (%2 yen); kept as credit</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the columns of this CSV file are not recognised: choose or save a column mapping</source>
        <translation>the columns of this CSV file are not recognised: choose or save a column mapping</translation>
    </message>
    <message>
        <source>there is no saved column mapping named %1</source>
        <translation>there is no saved column mapping named %1</translation>
    </message>
    <message>
        <source>the file holds no statement</source>
        <translation>the file holds no statement</translation>
    </message>
    <message>
        <source>the amount must be above 0</source>
        <translation>the amount must be above 0</translation>
    </message>
    <message>
        <source>the date is missing or not a date</source>
        <translation>the date is missing or not a date</translation>
    </message>
    <message>
        <source>the payer's name is missing</source>
        <translation>the payer's name is missing</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>manual entry</translation>
    </message>
    <message>
        <source>invoice %1 no longer owes %2 yen; reload and match again</source>
        <translation>invoice %1 no longer owes %2 yen; reload and match again</translation>
    </message>
    <message>
        <source>the payment was changed by someone else; reload it</source>
        <translation>the payment was changed by someone else; reload it</translation>
    </message>
    <message>
        <source>the payment is no longer open; reload it</source>
        <translation>the payment is no longer open; reload it</translation>
    </message>
    <message>
        <source>the allocations (%1 yen) and the fee (%2 yen) do not account for the payment of %3 yen</source>
        <translation>the allocations (%1 yen) and the fee (%2 yen) do not account for the payment of %3 yen</translation>
    </message>
    <message>
        <source>allocated by %1</source>
        <translation>allocated by %1</translation>
    </message>
    <message>
        <source>say why the match is taken back</source>
        <translation>say why the match is taken back</translation>
    </message>
    <message>
        <source>only a matched payment or one marked as fee or income can be taken back</source>
        <translation>only a matched payment or one marked as fee or income can be taken back</translation>
    </message>
    <message>
        <source>invoice %1 cannot give back %2 yen; reload it</source>
        <translation>invoice %1 cannot give back %2 yen; reload it</translation>
    </message>
    <message>
        <source>a payment can be marked as a fee or as other income only</source>
        <translation>a payment can be marked as a fee or as other income only</translation>
    </message>
    <message>
        <source>no bank transaction has the id %1</source>
        <translation>no bank transaction has the id %1</translation>
    </message>
    <message>
        <source>a column mapping needs a name</source>
        <translation>a column mapping needs a name</translation>
    </message>
    <message>
        <source>the file is in EBCDIC, and this machine has no EBCDIC (ibm-290) table</source>
        <translation>the file is in EBCDIC, and this machine has no EBCDIC (ibm-290) table</translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation>the file holds no records</translation>
    </message>
    <message>
        <source>the file does not start with a Zengin header record (1): not a Zengin 01 or 03 file</source>
        <translation>the file does not start with a Zengin header record (1): not a Zengin 01 or 03 file</translation>
    </message>
    <message>
        <source>a record after the end record (9)</source>
        <translation>a record after the end record (9)</translation>
    </message>
    <message>
        <source>the group that starts at record %1 has no trailer record (8)</source>
        <translation>the group that starts at record %1 has no trailer record (8)</translation>
    </message>
    <message>
        <source>the file has no end record (9)</source>
        <translation>the file has no end record (9)</translation>
    </message>
    <message>
        <source>the record has %1 bytes; a Zengin record has %2</source>
        <translation>the record has %1 bytes; a Zengin record has %2</translation>
    </message>
    <message>
        <source>a header record, but the group that starts at record %1 has no trailer record (8)</source>
        <translation>a header record, but the group that starts at record %1 has no trailer record (8)</translation>
    </message>
    <message>
        <source>a data record outside a header…trailer group</source>
        <translation>a data record outside a header…trailer group</translation>
    </message>
    <message>
        <source>a trailer record without a header record</source>
        <translation>a trailer record without a header record</translation>
    </message>
    <message>
        <source>the end record comes before the trailer record (8) of the group that starts at record %1</source>
        <translation>the end record comes before the trailer record (8) of the group that starts at record %1</translation>
    </message>
    <message>
        <source>"%1" is no record type (1 header, 2 data, 8 trailer, 9 end)</source>
        <translation>"%1" is no record type (1 header, 2 data, 8 trailer, 9 end)</translation>
    </message>
    <message>
        <source>byte %1 at position %2 is no EBCDIC katakana (CCSID 290) character</source>
        <translation>byte %1 at position %2 is no EBCDIC katakana (CCSID 290) character</translation>
    </message>
    <message>
        <source>byte %1 at position %2 is no JIS X 0201 character</source>
        <translation>byte %1 at position %2 is no JIS X 0201 character</translation>
    </message>
    <message>
        <source>not a number: "%1"</source>
        <translation>not a number: "%1"</translation>
    </message>
    <message>
        <source>not a date (YYMMDD): "%1"</source>
        <translation>not a date (YYMMDD): "%1"</translation>
    </message>
    <message>
        <source>not a date of 令和 or 平成 (YYMMDD): "%1"</source>
        <translation>not a date of 令和 or 平成 (YYMMDD): "%1"</translation>
    </message>
    <message>
        <source>"%1" is neither 1 (plus) nor 2 (minus)</source>
        <translation>"%1" is neither 1 (plus) nor 2 (minus)</translation>
    </message>
    <message>
        <source>"%1" is neither 01 (振込入金通知) nor 03 (入出金取引明細)</source>
        <translation>"%1" is neither 01 (振込入金通知) nor 03 (入出金取引明細)</translation>
    </message>
    <message>
        <source>"%1" is neither 0 (JIS) nor 1 (EBCDIC)</source>
        <translation>"%1" is neither 0 (JIS) nor 1 (EBCDIC)</translation>
    </message>
    <message>
        <source>the header says JIS (0), but the file is written in EBCDIC</source>
        <translation>the header says JIS (0), but the file is written in EBCDIC</translation>
    </message>
    <message>
        <source>the header says EBCDIC (1), but the file is written in JIS X 0201</source>
        <translation>the header says EBCDIC (1), but the file is written in JIS X 0201</translation>
    </message>
    <message>
        <source>%1 is before 勘定日(自) %2</source>
        <translation>%1 is before 勘定日(自) %2</translation>
    </message>
    <message>
        <source>"%1" is no deposit kind (1 普通, 2 当座, 4 貯蓄, 9 other)</source>
        <translation>"%1" is no deposit kind (1 普通, 2 当座, 4 貯蓄, 9 other)</translation>
    </message>
    <message>
        <source>%1 lies outside the header's 勘定日 %2 – %3</source>
        <translation>%1 lies outside the header's 勘定日 %2 – %3</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>the amount is zero</translation>
    </message>
    <message>
        <source>"%1" is neither 1 (cancelled) nor blank</source>
        <translation>"%1" is neither 1 (cancelled) nor blank</translation>
    </message>
    <message>
        <source>"%1" is neither 1 (入金) nor 2 (出金)</source>
        <translation>"%1" is neither 1 (入金) nor 2 (出金)</translation>
    </message>
    <message>
        <source>the file has %1, the trailer says %2</source>
        <translation>the file has %1, the trailer says %2</translation>
    </message>
    <message>
        <source>the amounts add up to more than can be counted</source>
        <translation>the amounts add up to more than can be counted</translation>
    </message>
    <message>
        <source>the amounts add up to %1, the trailer says %2</source>
        <translation>the amounts add up to %1, the trailer says %2</translation>
    </message>
    <message>
        <source>the balance leaves what can be counted</source>
        <translation>the balance leaves what can be counted</translation>
    </message>
    <message>
        <source>取引前残高 %1 + 入金 %2 − 出金 %3 = %4, the trailer says %5</source>
        <translation>取引前残高 %1 + 入金 %2 − 出金 %3 = %4, the trailer says %5</translation>
    </message>
    <message>
        <source>"%1" is longer than the field's %2 bytes</source>
        <translation>"%1" is longer than the field's %2 bytes</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 is negative</translation>
    </message>
    <message>
        <source>%1 has more than %2 digits</source>
        <translation>%1 has more than %2 digits</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>"%1" is not a number</translation>
    </message>
    <message>
        <source>"%1" has %2, which JIS X 0201 cannot hold</source>
        <translation>"%1" has %2, which JIS X 0201 cannot hold</translation>
    </message>
    <message>
        <source>%1 cannot be written as YYMMDD</source>
        <translation>%1 cannot be written as YYMMDD</translation>
    </message>
    <message>
        <source>a 振込入金通知 holds incoming money only</source>
        <translation>a 振込入金通知 holds incoming money only</translation>
    </message>
    <message>
        <source>a 振込入金通知 has no 取引区分</source>
        <translation>a 振込入金通知 has no 取引区分</translation>
    </message>
    <message>
        <source>a 振込入金通知 has no 摘要</source>
        <translation>a 振込入金通知 has no 摘要</translation>
    </message>
    <message>
        <source>"%1" is not two digits</source>
        <translation>"%1" is not two digits</translation>
    </message>
    <message>
        <source>statement %1</source>
        <translation>statement %1</translation>
    </message>
    <message>
        <source>only Zengin 01 and 03 statements can be written</source>
        <translation>only Zengin 01 and 03 statements can be written</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>the amount must be positive</source>
        <translation>the amount must be positive</translation>
    </message>
    <message>
        <source>trailer</source>
        <translation>trailer</translation>
    </message>
    <message>
        <source>the closing balance %1 does not follow from the opening balance and the lines (%2)</source>
        <translation>the closing balance %1 does not follow from the opening balance and the lines (%2)</translation>
    </message>
    <message>
        <source>there is no statement to write</source>
        <translation>there is no statement to write</translation>
    </message>
    <message>
        <source>this machine has no EBCDIC (ibm-290) table</source>
        <translation>this machine has no EBCDIC (ibm-290) table</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>byte %1 of the file has no EBCDIC counterpart</source>
        <translation>byte %1 of the file has no EBCDIC counterpart</translation>
    </message>
    <message>
        <source>another debtor's name is as close, but only this one owes the amount</source>
        <translation>another debtor's name is as close, but only this one owes the amount</translation>
    </message>
    <message>
        <source>no invoice has the id %1</source>
        <translation>no invoice has the id %1</translation>
    </message>
    <message>
        <source>payments are recorded on issued invoices that are still open</source>
        <translation>payments are recorded on issued invoices that are still open</translation>
    </message>
    <message>
        <source>the amount must be above 0 and at most the balance of %1 yen</source>
        <translation>the amount must be above 0 and at most the balance of %1 yen</translation>
    </message>
    <message>
        <source>no other debtor with a similar name owes the amount</source>
        <translation>no other debtor with a similar name owes the amount</translation>
    </message>
    <message>
        <source>Payer name %1 is not known; the amount equals invoice %2 of %3</source>
        <translation>Payer name %1 is not known; the amount equals invoice %2 of %3</translation>
    </message>
    <message>
        <source>Payer name %1 is not known; the amount equals invoice %2 of %3, one of %4 open invoices of that amount</source>
        <translation>Payer name %1 is not known; the amount equals invoice %2 of %3, one of %4 open invoices of that amount</translation>
    </message>
    <message>
        <source>all open invoices (%1 yen) paid and %2 yen more, kept as credit</source>
        <translation>all open invoices (%1 yen) paid and %2 yen more, kept as credit</translation>
    </message>
    <message>
        <source>The receiving account %1 was changed or removed by someone else since you opened it. Reload it and try again.</source>
        <translation>The receiving account %1 was changed or removed by someone else since you opened it. Reload it and try again.</translation>
    </message>
    <message>
        <source>is already registered as a receiving account</source>
        <translation>is already registered as a receiving account</translation>
    </message>
    <message>
        <source>is already registered as the payee account of client %1 %2</source>
        <translation>is already registered as the payee account of client %1 %2</translation>
    </message>
    <message>
        <source>no client has the id %1</source>
        <translation>no client has the id %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <source>invoice %1 was issued after the payment (%2)</source>
        <translation>invoice %1 was issued after the payment (%2)</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a match reason</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 is more than the %2 %3</source>
        <translation>%1 is more than the %2 %3</translation>
    </message>
</context>
<context>
    <name>kaishu::screening</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the file has no rows after its header</source>
        <translation>the file has no rows after its header</translation>
    </message>
    <message>
        <source>the header has no target column %1</source>
        <translation>the header has no target column %1</translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation>the header has no column %1</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>line %1: %2 fields where the header has %3</translation>
    </message>
    <message>
        <source>line %1, %2: no outcome</source>
        <translation>line %1, %2: no outcome</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>is not an amount</translation>
    </message>
    <message>
        <source>is not 1 or 0</source>
        <translation>is not 1 or 0</translation>
    </message>
    <message>
        <source>the split date %1 leaves no invoices on one side</source>
        <translation>the split date %1 leaves no invoices on one side</translation>
    </message>
    <message>
        <source>the training invoices are all late or all on time</source>
        <translation>the training invoices are all late or all on time</translation>
    </message>
    <message>
        <source>no training invoice was settled</source>
        <translation>no training invoice was settled</translation>
    </message>
    <message>
        <source>no test invoice was settled</source>
        <translation>no test invoice was settled</translation>
    </message>
    <message>
        <source>external score %1</source>
        <translation>external score %1</translation>
    </message>
    <message>
        <source>no external score</source>
        <translation>no external score</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) in business</source>
        <translation><numerusform>%n year in business</numerusform><numerusform>%n years in business</numerusform></translation>
    </message>
    <message>
        <source>years in business unknown</source>
        <translation>years in business unknown</translation>
    </message>
    <message>
        <source>capital %1 yen</source>
        <translation>capital %1 yen</translation>
    </message>
    <message>
        <source>capital unknown</source>
        <translation>capital unknown</translation>
    </message>
    <message>
        <source>paid %1 of %2 invoices late</source>
        <translation>paid %1 of %2 invoices late</translation>
    </message>
    <message>
        <source>no payments with us yet</source>
        <translation>no payments with us yet</translation>
    </message>
    <message numerus="yes">
        <source>need: %1 yen a month × %n month(s) of credit</source>
        <translation><numerusform>need: %1 yen a month × %n month of credit</numerusform><numerusform>need: %1 yen a month × %n months of credit</numerusform></translation>
    </message>
    <message>
        <source>cap for external score %1: %2 yen</source>
        <translation>cap for external score %1: %2 yen</translation>
    </message>
    <message>
        <source>cap without an external score: %1 yen</source>
        <translation>cap without an external score: %1 yen</translation>
    </message>
    <message>
        <source>%1‰ of net assets: %2 yen</source>
        <translation>%1‰ of net assets: %2 yen</translation>
    </message>
    <message>
        <source>grade %1: %2‰ of %3 yen</source>
        <translation>grade %1: %2‰ of %3 yen</translation>
    </message>
    <message>
        <source>prepayment only</source>
        <translation>prepayment only</translation>
    </message>
    <message>
        <source>a supervisor decides</source>
        <translation>a supervisor decides</translation>
    </message>
    <message>
        <source>owes %1 yen over the limit of %2 yen: new invoices need approval</source>
        <translation>owes %1 yen over the limit of %2 yen: new invoices need approval</translation>
    </message>
    <message>
        <source>review every month</source>
        <translation>review every month</translation>
    </message>
    <message>
        <source>is required (e.g. TDB, TSR)</source>
        <translation>is required (e.g. TDB, TSR)</translation>
    </message>
    <message>
        <source>is longer than 40 characters</source>
        <translation>is longer than 40 characters</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be 0–100, not %1</source>
        <translation>must be 0–100, not %1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>is longer than 2,000 characters</source>
        <translation>is longer than 2,000 characters</translation>
    </message>
    <message>
        <source>no debtor has the id %1</source>
        <translation>no debtor has the id %1</translation>
    </message>
    <message>
        <source>the header has an unknown column %1</source>
        <translation>the header has an unknown column %1</translation>
    </message>
    <message>
        <source>no customer %1 of client %2</source>
        <translation>no customer %1 of client %2</translation>
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>"%1" is not a whole number</translation>
    </message>
    <message>
        <source>"%1" is not a percentage</source>
        <translation>"%1" is not a percentage</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>"%1" is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 late rate %2%, %3 times the portfolio's</source>
        <translation>%1 late rate %2%, %3 times the portfolio's</translation>
    </message>
    <message>
        <source>%1 late rate %2% (portfolio %3%)</source>
        <translation>%1 late rate %2% (portfolio %3%)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) paid with us so far</source>
        <translation><numerusform>%n invoice paid with us so far</numerusform><numerusform>%n invoices paid with us so far</numerusform></translation>
    </message>
    <message>
        <source>no invoice paid with us yet</source>
        <translation>no invoice paid with us yet</translation>
    </message>
    <message numerus="yes">
        <source>paid %1 of %n invoice(s) after the due date</source>
        <translation><numerusform>paid %1 of %n invoice after the due date</numerusform><numerusform>paid %1 of %n invoices after the due date</numerusform></translation>
    </message>
    <message>
        <source>on average %1 days late</source>
        <translation>on average %1 days late</translation>
    </message>
    <message>
        <source>at worst %1 days late</source>
        <translation>at worst %1 days late</translation>
    </message>
    <message>
        <source>the last payments on average %1 days late</source>
        <translation>the last payments on average %1 days late</translation>
    </message>
    <message>
        <source>pays on average %1 days after the due date</source>
        <translation>pays on average %1 days after the due date</translation>
    </message>
    <message>
        <source>pays on average %1 days before the due date</source>
        <translation>pays on average %1 days before the due date</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue now</source>
        <translation><numerusform>%n invoice overdue now</numerusform><numerusform>%n invoices overdue now</numerusform></translation>
    </message>
    <message>
        <source>the oldest overdue invoice %1 days past due</source>
        <translation>the oldest overdue invoice %1 days past due</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) open</source>
        <translation><numerusform>%n invoice open</numerusform><numerusform>%n invoices open</numerusform></translation>
    </message>
    <message>
        <source>%1% of invoices disputed</source>
        <translation>%1% of invoices disputed</translation>
    </message>
    <message>
        <source>usual invoice amount %1 yen</source>
        <translation>usual invoice amount %1 yen</translation>
    </message>
    <message>
        <source>payment terms of %1 days</source>
        <translation>payment terms of %1 days</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industry</translation>
    </message>
    <message>
        <source>%1 months since the previous invoice</source>
        <translation>%1 months since the previous invoice</translation>
    </message>
    <message>
        <source>pays on average %1 days after the invoice date</source>
        <translation>pays on average %1 days after the invoice date</translation>
    </message>
    <message>
        <source>no external credit score</source>
        <translation>no external credit score</translation>
    </message>
    <message>
        <source>external credit score %1</source>
        <translation>external credit score %1</translation>
    </message>
    <message>
        <source>%1 years in business</source>
        <translation>%1 years in business</translation>
    </message>
    <message>
        <source>net assets negative (債務超過)</source>
        <translation>net assets negative (債務超過)</translation>
    </message>
    <message>
        <source>net assets positive</source>
        <translation>net assets positive</translation>
    </message>
    <message>
        <source>Not enough history to train before %1: %2 invoices with a known outcome (%3 paid 30 or more days late) before %4 and %5 after; at least %6 (%7 late) and %8 are needed. Screening keeps the expert card.</source>
        <translation>Not enough history to train before %1: %2 invoices with a known outcome (%3 paid 30 or more days late) before %4 and %5 after; at least %6 (%7 late) and %8 are needed. Screening keeps the expert card.</translation>
    </message>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>Account %1 does not exist.</translation>
    </message>
    <message>
        <source>Only a supervisor (%1) may change who the supervisors are.</source>
        <translation>Only a supervisor (%1) may change who the supervisors are.</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor may override a screening result.</source>
        <translation>%1 is not a supervisor: only a supervisor may override a screening result.</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>An override needs a reason.</translation>
    </message>
    <message>
        <source>The credit limit must not be negative.</source>
        <translation>The credit limit must not be negative.</translation>
    </message>
    <message>
        <source>Screening result %1 does not exist.</source>
        <translation>Screening result %1 does not exist.</translation>
    </message>
    <message>
        <source>open amount %1 times the usual invoice</source>
        <translation>open amount %1 times the usual invoice</translation>
    </message>
    <message>
        <source>%1% of invoices paid in parts</source>
        <translation>%1% of invoices paid in parts</translation>
    </message>
    <message>
        <source>sales channel</source>
        <translation>sales channel</translation>
    </message>
    <message>
        <source>No trained model with a payment timing yet: train the model first (screening train).</source>
        <translation>No trained model with a payment timing yet: train the model first (screening train).</translation>
    </message>
</context>
<context>
    <name>kaishu::storage</name>
    <message>
        <source>The database location is empty.</source>
        <translation>The database location is empty.</translation>
    </message>
    <message>
        <source>Unsupported database URL "%1": use a file path or postgresql://user@host:port/database.</source>
        <translation>Unsupported database URL "%1": use a file path or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL: %1</source>
        <translation>Malformed PostgreSQL URL: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: use postgresql://user@host:port/database.</source>
        <translation>The PostgreSQL URL names no database: use postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>An inner step failed, so the whole change was rolled back.</source>
        <translation>An inner step failed, so the whole change was rolled back.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>The Qt SQL driver %1 is not installed.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Database error: %1 (in: %2)</translation>
    </message>
    <message>
        <source>Database error: the insert returned no id (in: %1)</source>
        <translation>Database error: the insert returned no id (in: %1)</translation>
    </message>
    <message>
        <source>The backup file %1 exists already.</source>
        <translation>The backup file %1 exists already.</translation>
    </message>
    <message>
        <source>Cannot back up the PostgreSQL database: pg_dump is not installed.</source>
        <translation>Cannot back up the PostgreSQL database: pg_dump is not installed.</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump failed: %1</translation>
    </message>
    <message>
        <source>This database has schema version %1, newer than this Kaishu understands (%2). Please update Kaishu.</source>
        <translation>This database has schema version %1, newer than this Kaishu understands (%2). Please update Kaishu.</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::AgencyProfileForm</name>
    <message>
        <source>Agency profile</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <source>The agency as its documents name it</source>
        <translation>The agency as its documents name it</translation>
    </message>
    <message>
        <source>T + 13 digits</source>
        <translation>T + 13 digits</translation>
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
        <translation>Clients whose billing settings name the agency as issuer get invoices in this name and registration number, on their behalf.</translation>
    </message>
    <message>
        <source>Edit agency profile</source>
        <translation>Edit agency profile</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ArchiveSearchDialog</name>
    <message>
        <source>Archived documents</source>
        <translation>Archived documents</translation>
    </message>
    <message>
        <source>Every issued invoice, credit note and receipt is kept as issued, with its SHA-256. Search by any combination of the conditions.</source>
        <translation>Every issued invoice, credit note and receipt is kept as issued, with its SHA-256. Search by any combination of the conditions.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>&amp;Issued from</source>
        <translation>&amp;Issued from</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>Yen</translation>
    </message>
    <message>
        <source>Part of the name or customer code</source>
        <translation>Part of the name or customer code</translation>
    </message>
    <message>
        <source>Part of the document number</source>
        <translation>Part of the document number</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Counterparty:</source>
        <translation>&amp;Counterparty:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sa&amp;ve…</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yen.</source>
        <translation>"%1" is not an amount in yen.</translation>
    </message>
    <message>
        <source>Cannot search the archive</source>
        <translation>Cannot search the archive</translation>
    </message>
    <message>
        <source>The first %1 documents found; narrow the conditions to see the others.</source>
        <translation>The first %1 documents found; narrow the conditions to see the others.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found</source>
        <translation><numerusform>%n document found</numerusform><numerusform>%n documents found</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2) no longer matches the SHA-256 recorded when it was archived: the kept file has been changed or damaged. It is not opened or saved; report this to whoever keeps the database.</source>
        <translation>%1 (%2) no longer matches the SHA-256 recorded when it was archived: the kept file has been changed or damaged. It is not opened or saved; report this to whoever keeps the database.</translation>
    </message>
    <message>
        <source>Cannot read the archive</source>
        <translation>Cannot read the archive</translation>
    </message>
    <message>
        <source>No program opens this kind of file here. It was written to %1.</source>
        <translation>No program opens this kind of file here. It was written to %1.</translation>
    </message>
    <message>
        <source>Save archived document</source>
        <translation>Save archived document</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML files (*.xml)</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ArchiveTableModel</name>
    <message>
        <source>SHA-256 %1 (%2 bytes)</source>
        <translation>SHA-256 %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation>Archived at</translation>
    </message>
    <message>
        <source>Archived by</source>
        <translation>Archived by</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::BankCsvImportDialog</name>
    <message>
        <source>Read bank CSV %1</source>
        <translation>Read bank CSV %1</translation>
    </message>
    <message>
        <source>Say which column holds what. The file is read as you choose; Import is possible once every line reads.</source>
        <translation>Say which column holds what. The file is read as you choose; Import is possible once every line reads.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Guessed from the header</source>
        <translation>Guessed from the header</translation>
    </message>
    <message>
        <source>Cannot read the saved mappings</source>
        <translation>Cannot read the saved mappings</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Saved mapping</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semicolon</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>Header rows</source>
        <translation>Header rows</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The account this statement is of: its payments are matched to the invoices of the account's client</source>
        <translation>The account this statement is of: its payments are matched to the invoices of the account's client</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Statement of account</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Date (取引日) *</source>
        <translation>Date (取引日) *</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Value date</translation>
    </message>
    <message>
        <source>Amount, signed</source>
        <translation>Amount, signed</translation>
    </message>
    <message>
        <source>Deposit (入金)</source>
        <translation>Deposit (入金)</translation>
    </message>
    <message>
        <source>Withdrawal (出金)</source>
        <translation>Withdrawal (出金)</translation>
    </message>
    <message>
        <source>Payer or description</source>
        <translation>Payer or description</translation>
    </message>
    <message>
        <source>Inquiry number</source>
        <translation>Inquiry number</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>EDI information</source>
        <translation>EDI information</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>* Money comes either as one signed amount or as deposit and withdrawal columns.</source>
        <translation>* Money comes either as one signed amount or as deposit and withdrawal columns.</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>Save the mapping as</translation>
    </message>
    <message>
        <source>e.g. 三井住友 入出金明細</source>
        <translation>e.g. 三井住友 入出金明細</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Not stated: any client's debtors may have paid</source>
        <translation>Not stated: any client's debtors may have paid</translation>
    </message>
    <message>
        <source>Cannot read the mapping</source>
        <translation>Cannot read the mapping</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
    <message>
        <source>Choose the date column and either the signed amount or the deposit column.</source>
        <translation>Choose the date column and either the signed amount or the deposit column.</translation>
    </message>
    <message>
        <source>Give the mapping a name to save it under.</source>
        <translation>Give the mapping a name to save it under.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read, %1 incoming, from %2 to %3.</source>
        <translation><numerusform>%n line read, %1 incoming, from %2 to %3.</numerusform><numerusform>%n lines read, %1 incoming, from %2 to %3.</numerusform></translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>Cannot read the accounts</translation>
    </message>
    <message>
        <source>%1 — %2 %3 %4 %5</source>
        <translation>%1 — %2 %3 %4 %5</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
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
        <translation>Sending bank</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::BatchPdfExport</name>
    <message>
        <source>PDF output</source>
        <translation>PDF output</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n document(s) as PDF…</source>
        <translation><numerusform>Writing %n document as PDF…</numerusform><numerusform>Writing %n documents as PDF…</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Stopping after the current document…</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::BillingRunWizard</name>
    <message>
        <source>Billing run</source>
        <translation>Billing run</translation>
    </message>
    <message>
        <source>&amp;Make drafts</source>
        <translation>&amp;Make drafts</translation>
    </message>
    <message>
        <source>Client and closing date</source>
        <translation>Client and closing date</translation>
    </message>
    <message>
        <source>The run bills each active customer of the client whose terms close on the closing date, with its unbilled order lines delivered up to that date.</source>
        <translation>The run bills each active customer of the client whose terms close on the closing date, with its unbilled order lines delivered up to that date.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Nothing is written yet. Make drafts writes them; they can be edited and are issued from the invoice list.</source>
        <translation>Nothing is written yet. Make drafts writes them; they can be edited and are issued from the invoice list.</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Credit limit exceeded</source>
        <translation>Credit limit exceeded</translation>
    </message>
    <message>
        <source>Open invoices and drafts of these customers, with this run, exceed their credit limit. The drafts are made all the same; check them before issuing.</source>
        <translation>Open invoices and drafts of these customers, with this run, exceed their credit limit. The drafts are made all the same; check them before issuing.</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>Over the limit by</source>
        <translation>Over the limit by</translation>
    </message>
    <message>
        <source>Cannot read the clients</source>
        <translation>Cannot read the clients</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Choose a client.</translation>
    </message>
    <message>
        <source>Cannot preview the billing run</source>
        <translation>Cannot preview the billing run</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Over limit</translation>
    </message>
    <message>
        <source>Nothing to bill: no unbilled order lines of customers closing on %1.</source>
        <translation>Nothing to bill: no unbilled order lines of customers closing on %1.</translation>
    </message>
    <message>
        <source>Cannot run the billing</source>
        <translation>Cannot run the billing</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s), %2 in all; order lines: %1; closing %3, issue date %4.</source>
        <translation><numerusform>%n draft, %2 in all; order lines: %1; closing %3, issue date %4.</numerusform><numerusform>%n drafts, %2 in all; order lines: %1; closing %3, issue date %4.</numerusform></translation>
    </message>
</context>
<context>
    <name>kaishu::ui::BillingSettingsForm</name>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Under the intermediary delivery rule the agency issues in its own name and registration number (File → Agency profile).</source>
        <translation>Under the intermediary delivery rule the agency issues in its own name and registration number (File → Agency profile).</translation>
    </message>
    <message>
        <source>{client} client code, {yyyy} {yy} {mm} from the issue date, {seq:N} the sequence with N digits</source>
        <translation>{client} client code, {yyyy} {yy} {mm} from the issue date, {seq:N} the sequence with N digits</translation>
    </message>
    <message>
        <source>E-mail to the customers</source>
        <translation>E-mail to the customers</translation>
    </message>
    <message>
        <source>Empty: the standard wording</source>
        <translation>Empty: the standard wording</translation>
    </message>
    <message>
        <source>Billing settings · %1 %2</source>
        <translation>Billing settings · %1 %2</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Edit billing settings of %1</source>
        <translation>Edit billing settings of %1</translation>
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
        <translation>(part of the last invoice)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Invoices and amounts</source>
        <translation>Invoices and amounts</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ClientDetailPane</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Full-width katakana</source>
        <translation>Full-width katakana</translation>
    </message>
    <message>
        <source>T + 13 digits</source>
        <translation>T + 13 digits</translation>
    </message>
    <message>
        <source>123-4567</source>
        <translation>123-4567</translation>
    </message>
    <message>
        <source>e.g. 月末締め翌月末払い</source>
        <translation>e.g. 月末締め翌月末払い</translation>
    </message>
    <message>
        <source>Payee account (where debtors pay)</source>
        <translation>Payee account (where debtors pay)</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation>4 digits</translation>
    </message>
    <message>
        <source>3 digits</source>
        <translation>3 digits</translation>
    </message>
    <message>
        <source>7 digits</source>
        <translation>7 digits</translation>
    </message>
    <message>
        <source>Half-width kana as the bank prints it</source>
        <translation>Half-width kana as the bank prints it</translation>
    </message>
    <message>
        <source>Select a client to see and edit it.</source>
        <translation>Select a client to see and edit it.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Edit client %1</source>
        <translation>Edit client %1</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Invoicing</translation>
    </message>
    <message>
        <source>&amp;Billing settings…</source>
        <translation>&amp;Billing settings…</translation>
    </message>
    <message>
        <source>Tax rounding, issuer, invoice numbers, invoice form and e-mail wording of this client</source>
        <translation>Tax rounding, issuer, invoice numbers, invoice form and e-mail wording of this client</translation>
    </message>
    <message>
        <source>Billing settings of %1</source>
        <translation>Billing settings of %1</translation>
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
        <translation>Payee account</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ClientView</name>
    <message>
        <source>Filter clients by code, name or kana (Ctrl+F)</source>
        <translation>Filter clients by code, name or kana (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Cannot read the clients</source>
        <translation>Cannot read the clients</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ColumnChooserDialog</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Show these columns of the debtor register:</source>
        <translation>Show these columns of the debtor register:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::CreditNoteDialog</name>
    <message>
        <source>Cannot read the invoice</source>
        <translation>Cannot read the invoice</translation>
    </message>
    <message>
        <source>Credit note for invoice %1</source>
        <translation>Credit note for invoice %1</translation>
    </message>
    <message>
        <source>Tick the lines returned or discounted and enter how many. The credit note is issued with the next number and reduces what invoice %1 (%2 %3) asks for.</source>
        <translation>Tick the lines returned or discounted and enter how many. The credit note is issued with the next number and reduces what invoice %1 (%2 %3) asks for.</translation>
    </message>
    <message>
        <source>Quantity returned</source>
        <translation>Quantity returned</translation>
    </message>
    <message>
        <source>Amount returned</source>
        <translation>Amount returned</translation>
    </message>
    <message>
        <source>e.g. 破損による返品, 値引き</source>
        <translation>e.g. 破損による返品, 値引き</translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation>&amp;Issue credit note</translation>
    </message>
    <message>
        <source>Line %1: "%2" is not a quantity</source>
        <translation>Line %1: "%2" is not a quantity</translation>
    </message>
    <message>
        <source>Line %1: more than the %2 invoiced</source>
        <translation>Line %1: more than the %2 invoiced</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>Credit note total %1 (tax %2) · left on the invoice %3</source>
        <translation>Credit note total %1 (tax %2) · left on the invoice %3</translation>
    </message>
    <message>
        <source>Cannot issue the credit note</source>
        <translation>Cannot issue the credit note</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::CreditReportDialog</name>
    <message>
        <source>Add credit report</source>
        <translation>Add credit report</translation>
    </message>
    <message>
        <source>Enter the report as the agency gives it. Leave a figure empty when the report does not give it: empty means unknown, not zero.</source>
        <translation>Enter the report as the agency gives it. Leave a figure empty when the report does not give it: empty means unknown, not zero.</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::CreditReportForm</name>
    <message>
        <source>Credit report</source>
        <translation>Credit report</translation>
    </message>
    <message>
        <source>Agency or other source</source>
        <translation>Agency or other source</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>Yen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Yen; negative when liabilities exceed assets</source>
        <translation>Yen; negative when liabilities exceed assets</translation>
    </message>
    <message>
        <source>Percent, e.g. 135.5</source>
        <translation>Percent, e.g. 135.5</translation>
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>"%1" is not a whole number</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yen</source>
        <translation>"%1" is not an amount in yen</translation>
    </message>
    <message>
        <source>"%1" is not a percentage with at most one decimal</source>
        <translation>"%1" is not a percentage with at most one decimal</translation>
    </message>
    <message>
        <source>enter the score or another figure of the report</source>
        <translation>enter the score or another figure of the report</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::CreditReportTableModel</name>
    <message>
        <source>Teikoku Databank (TDB)</source>
        <translation>Teikoku Databank (TDB)</translation>
    </message>
    <message>
        <source>Tokyo Shoko Research (TSR)</source>
        <translation>Tokyo Shoko Research (TSR)</translation>
    </message>
    <message>
        <source>Liabilities exceed assets</source>
        <translation>Liabilities exceed assets</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::DebtorDetailPane</name>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Full-width katakana</source>
        <translation>Full-width katakana</translation>
    </message>
    <message>
        <source>Half-width kana as on bank statements</source>
        <translation>Half-width kana as on bank statements</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13 digits</translation>
    </message>
    <message>
        <source>123-4567</source>
        <translation>123-4567</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>03-1234-5678</source>
        <translation>03-1234-5678</translation>
    </message>
    <message>
        <source>Account with the client</source>
        <translation>Account with the client</translation>
    </message>
    <message>
        <source>e.g. 月末締め翌月末払い</source>
        <translation>e.g. 月末締め翌月末払い</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>Yen</translation>
    </message>
    <message>
        <source>7 digits</source>
        <translation>7 digits</translation>
    </message>
    <message>
        <source>Select a debtor in the register to see and edit it.</source>
        <translation>Select a debtor in the register to see and edit it.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yen</source>
        <translation>"%1" is not an amount in yen</translation>
    </message>
    <message>
        <source>Edit debtor %1</source>
        <translation>Edit debtor %1</translation>
    </message>
    <message>
        <source>Credit reports</source>
        <translation>Credit reports</translation>
    </message>
    <message>
        <source>No credit reports on this debtor yet.</source>
        <translation>No credit reports on this debtor yet.</translation>
    </message>
    <message>
        <source>Add credit report…</source>
        <translation>Add credit report…</translation>
    </message>
    <message>
        <source>Enter a report of Teikoku Databank, Tokyo Shoko Research or another source</source>
        <translation>Enter a report of Teikoku Databank, Tokyo Shoko Research or another source</translation>
    </message>
    <message>
        <source>Cannot read the credit reports</source>
        <translation>Cannot read the credit reports</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::DebtorView</name>
    <message>
        <source>Search by name, kana, payer name, corporate number or customer code (Ctrl+F)</source>
        <translation>Search by name, kana, payer name, corporate number or customer code (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>All prefectures</translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation>Cannot read the register</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Columns…</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::DraftEditor</name>
    <message>
        <source>Edit draft invoice</source>
        <translation>Edit draft invoice</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>The draft no longer exists or has been issued.</source>
        <translation>The draft no longer exists or has been issued.</translation>
    </message>
    <message>
        <source>Cannot read the draft</source>
        <translation>Cannot read the draft</translation>
    </message>
    <message>
        <source>Draft invoice · %1 %2</source>
        <translation>Draft invoice · %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (client %3)</source>
        <translation>%1 %2 (client %3)</translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation>%1 to %2 · %3</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>Tax included</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>An amount is too large.</source>
        <translation>An amount is too large.</translation>
    </message>
    <message>
        <source>Cannot save the draft</source>
        <translation>Cannot save the draft</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The draft has changes that are not saved. Discard them?</source>
        <translation>The draft has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>%1 · tax rounding: %2</source>
        <translation>%1 · tax rounding: %2</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>The draft as it will print, as last saved</source>
        <translation>The draft as it will print, as last saved</translation>
    </message>
    <message>
        <source>Cannot show the draft</source>
        <translation>Cannot show the draft</translation>
    </message>
    <message>
        <source>Preview of the draft as last saved (unsaved changes are not shown)</source>
        <translation>Preview of the draft as last saved (unsaved changes are not shown)</translation>
    </message>
    <message>
        <source>Preview of the draft (not issued)</source>
        <translation>Preview of the draft (not issued)</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::DraftLinesModel</name>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>An invoice needs at least one line.</translation>
    </message>
    <message>
        <source>Line %1 · %2: %3</source>
        <translation>Line %1 · %2: %3</translation>
    </message>
    <message>
        <source>Add line %1</source>
        <translation>Add line %1</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Remove line %1</translation>
    </message>
    <message>
        <source>%1: "%2" is not a number (at most 4 decimal places)</source>
        <translation>%1: "%2" is not a number (at most 4 decimal places)</translation>
    </message>
    <message>
        <source>Change %1 on line %2</source>
        <translation>Change %1 on line %2</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::HistoryView</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) set</source>
        <translation><numerusform>%n field set</numerusform><numerusform>%n fields set</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation><numerusform>%n field changed</numerusform><numerusform>%n fields changed</numerusform></translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Restored (undo or redo)</source>
        <translation>Restored (undo or redo)</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4 (%5)</source>
        <translation>%1  %2  %3 %4 (%5)</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Order line</translation>
    </message>
    <message>
        <source>Billing settings</source>
        <translation>Billing settings</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>Import debtors</source>
        <translation>Import debtors</translation>
    </message>
    <message>
        <source>Choose a CSV file (UTF-8 or Shift_JIS)</source>
        <translation>Choose a CSV file (UTF-8 or Shift_JIS)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Kaishu field</source>
        <translation>Kaishu field</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Choose a file, check the mapping, then press Check.</source>
        <translation>Choose a file, check the mapping, then press Check.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>Validate every row without writing anything</source>
        <translation>Validate every row without writing anything</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Write all rows in one transaction; nothing is written if any row has a problem</source>
        <translation>Write all rows in one transaction; nothing is written if any row has a problem</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>Check the mapping, then press Check.</source>
        <translation>Check the mapping, then press Check.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The mapping changed: press Check again.</source>
        <translation>The mapping changed: press Check again.</translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation>Cannot check the file</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Cannot import the file</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 new, %2 changed, %3 unchanged</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · %n data row(s) · columns: %2</source>
        <translation><numerusform>Encoding: %1 · %n data row · columns: %2</numerusform><numerusform>Encoding: %1 · %n data rows · columns: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found (rows read: %1). Nothing has been imported; correct the file or the mapping and check again.</source>
        <translation><numerusform>%n problem found (rows read: %1). Nothing has been imported; correct the file or the mapping and check again.</numerusform><numerusform>%n problems found (rows read: %1). Nothing has been imported; correct the file or the mapping and check again.</numerusform></translation>
    </message>
    <message>
        <source>No problems (rows read: %1). Importing would give: %2.</source>
        <translation>No problems (rows read: %1). Importing would give: %2.</translation>
    </message>
    <message>
        <source>Import finished (rows read: %1): %2.</source>
        <translation>Import finished (rows read: %1): %2.</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Import orders</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::InvoiceOutputActions</name>
    <message>
        <source>The archived file of this document does not match the SHA-256 recorded when it was issued: it has been changed or damaged and is not handed out.</source>
        <translation>The archived file of this document does not match the SHA-256 recorded when it was issued: it has been changed or damaged and is not handed out.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>The selected document as it prints</source>
        <translation>The selected document as it prints</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the selected document as it was issued</source>
        <translation>Print the selected document as it was issued</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the archived PDF of the selected document, as issued</source>
        <translation>Save the archived PDF of the selected document, as issued</translation>
    </message>
    <message>
        <source>Save e-invoice (&amp;XML)…</source>
        <translation>Save e-invoice (&amp;XML)…</translation>
    </message>
    <message>
        <source>Save the JP PINT e-invoice of the selected document</source>
        <translation>Save the JP PINT e-invoice of the selected document</translation>
    </message>
    <message>
        <source>PDFs in &amp;bulk…</source>
        <translation>PDFs in &amp;bulk…</translation>
    </message>
    <message>
        <source>The selected issued documents (or all shown) as one PDF or one PDF each</source>
        <translation>The selected issued documents (or all shown) as one PDF or one PDF each</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Send by &amp;e-mail…</translation>
    </message>
    <message>
        <source>E-mail the selected invoice with its PDF</source>
        <translation>E-mail the selected invoice with its PDF</translation>
    </message>
    <message>
        <source>Issue rece&amp;ipt…</source>
        <translation>Issue rece&amp;ipt…</translation>
    </message>
    <message>
        <source>A receipt for the money received on the selected invoice</source>
        <translation>A receipt for the money received on the selected invoice</translation>
    </message>
    <message>
        <source>PDF output</source>
        <translation>PDF output</translation>
    </message>
    <message>
        <source>Cannot show the document</source>
        <translation>Cannot show the document</translation>
    </message>
    <message>
        <source>Preview · %1</source>
        <translation>Preview · %1</translation>
    </message>
    <message>
        <source>Preview of a draft (not issued) · %1 %2</source>
        <translation>Preview of a draft (not issued) · %1 %2</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Cannot make the PDF</source>
        <translation>Cannot make the PDF</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot make the e-invoice</source>
        <translation>Cannot make the e-invoice</translation>
    </message>
    <message>
        <source>%1 has no valid e-invoice (JP PINT):
%2</source>
        <translation>%1 has no valid e-invoice (JP PINT):
%2</translation>
    </message>
    <message>
        <source>Save e-invoice</source>
        <translation>Save e-invoice</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML files (*.xml)</translation>
    </message>
    <message>
        <source>PDFs in bulk</source>
        <translation>PDFs in bulk</translation>
    </message>
    <message numerus="yes">
        <source>Write %n issued document(s) as PDF:</source>
        <translation><numerusform>Write %n issued document as PDF:</numerusform><numerusform>Write %n issued documents as PDF:</numerusform></translation>
    </message>
    <message>
        <source>All in &amp;one PDF…</source>
        <translation>All in &amp;one PDF…</translation>
    </message>
    <message>
        <source>One PDF &amp;each, in a folder…</source>
        <translation>One PDF &amp;each, in a folder…</translation>
    </message>
    <message>
        <source>invoices-%1.pdf</source>
        <translation>invoices-%1.pdf</translation>
    </message>
    <message>
        <source>One PDF</source>
        <translation>One PDF</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Folder for the PDFs</translation>
    </message>
    <message>
        <source>Cannot read the documents</source>
        <translation>Cannot read the documents</translation>
    </message>
    <message>
        <source>The PDFs could not be written: %1</source>
        <translation>The PDFs could not be written: %1</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s) in %1.</source>
        <translation><numerusform>Cancelled after %n file in %1.</numerusform><numerusform>Cancelled after %n files in %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1.</source>
        <translation><numerusform>%n document written to %1.</numerusform><numerusform>%n documents written to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written to %1.</source>
        <translation><numerusform>%n PDF file written to %1.</numerusform><numerusform>%n PDF files written to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>kaishu::ui::InvoiceTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::InvoiceView</name>
    <message>
        <source>Search by invoice number, customer code or debtor name (Ctrl+F)</source>
        <translation>Search by invoice number, customer code or debtor name (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Invoices and credit notes</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Issued from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Billing run…</source>
        <translation>&amp;Billing run…</translation>
    </message>
    <message>
        <source>Make drafts from the unbilled orders of a client up to a closing date</source>
        <translation>Make drafts from the unbilled orders of a client up to a closing date</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Edit draft…</translation>
    </message>
    <message>
        <source>Change the lines, dates and notes of the selected draft</source>
        <translation>Change the lines, dates and notes of the selected draft</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Give the selected drafts their numbers and freeze them</source>
        <translation>Give the selected drafts their numbers and freeze them</translation>
    </message>
    <message>
        <source>&amp;Cancel invoice…</source>
        <translation>&amp;Cancel invoice…</translation>
    </message>
    <message>
        <source>Cancel an issued invoice without payments; its number stays used</source>
        <translation>Cancel an issued invoice without payments; its number stays used</translation>
    </message>
    <message>
        <source>Corrective &amp;re-issue…</source>
        <translation>Corrective &amp;re-issue…</translation>
    </message>
    <message>
        <source>Cancel an issued invoice and make a corrected draft of it</source>
        <translation>Cancel an issued invoice and make a corrected draft of it</translation>
    </message>
    <message>
        <source>Credit &amp;note…</source>
        <translation>Credit &amp;note…</translation>
    </message>
    <message>
        <source>Issue a credit note for returned or discounted lines</source>
        <translation>Issue a credit note for returned or discounted lines</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <source>Record money received for the selected invoice</source>
        <translation>Record money received for the selected invoice</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>&amp;Discard draft…</translation>
    </message>
    <message>
        <source>Delete the selected drafts; their order lines become unbilled again</source>
        <translation>Delete the selected drafts; their order lines become unbilled again</translation>
    </message>
    <message>
        <source>Cannot read the invoices</source>
        <translation>Cannot read the invoices</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) · total %1 · open balance %2</source>
        <translation><numerusform>%n document · total %1 · open balance %2</numerusform><numerusform>%n documents · total %1 · open balance %2</numerusform></translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>Issue invoices</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n draft(s)? Each takes the next number of its client's series and can no longer be changed.</source>
        <translation><numerusform>Issue %n draft? Each takes the next number of its client's series and can no longer be changed.</numerusform><numerusform>Issue %n drafts? Each takes the next number of its client's series and can no longer be changed.</numerusform></translation>
    </message>
    <message>
        <source>Cannot issue</source>
        <translation>Cannot issue</translation>
    </message>
    <message>
        <source>%1  %2 %3</source>
        <translation>%1  %2 %3</translation>
    </message>
    <message>
        <source>Invoices issued</source>
        <translation>Invoices issued</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) issued:</source>
        <translation><numerusform>%n invoice issued:</numerusform><numerusform>%n invoices issued:</numerusform></translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Cancel invoice</translation>
    </message>
    <message>
        <source>Why is invoice %1 cancelled? Its number stays used.</source>
        <translation>Why is invoice %1 cancelled? Its number stays used.</translation>
    </message>
    <message>
        <source>Cannot cancel</source>
        <translation>Cannot cancel</translation>
    </message>
    <message>
        <source>Corrective re-issue</source>
        <translation>Corrective re-issue</translation>
    </message>
    <message>
        <source>Invoice %1 is cancelled and a corrected draft made of it. What was wrong?</source>
        <translation>Invoice %1 is cancelled and a corrected draft made of it. What was wrong?</translation>
    </message>
    <message>
        <source>Cannot re-issue</source>
        <translation>Cannot re-issue</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Amount received for invoice %1 (open balance %2):</source>
        <translation>Amount received for invoice %1 (open balance %2):</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yen.</source>
        <translation>"%1" is not an amount in yen.</translation>
    </message>
    <message>
        <source>Cannot record the payment</source>
        <translation>Cannot record the payment</translation>
    </message>
    <message>
        <source>Discard drafts</source>
        <translation>Discard drafts</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n draft(s)? Their order lines become unbilled again.</source>
        <translation><numerusform>Discard %n draft? Their order lines become unbilled again.</numerusform><numerusform>Discard %n drafts? Their order lines become unbilled again.</numerusform></translation>
    </message>
    <message>
        <source>Cannot discard</source>
        <translation>Cannot discard</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Output</translation>
    </message>
    <message>
        <source>Preview, print, save the PDF or e-invoice, PDFs in bulk</source>
        <translation>Preview, print, save the PDF or e-invoice, PDFs in bulk</translation>
    </message>
    <message>
        <source>%1 %2: would owe %3 against a limit of %4</source>
        <translation>%1 %2: would owe %3 against a limit of %4</translation>
    </message>
    <message>
        <source>Over the credit limit</source>
        <translation>Over the credit limit</translation>
    </message>
    <message>
        <source>Issuing these invoices takes customers over their credit limit:</source>
        <translation>Issuing these invoices takes customers over their credit limit:</translation>
    </message>
    <message>
        <source>A supervisor must approve it; no supervisor is named yet (Screening).</source>
        <translation>A supervisor must approve it; no supervisor is named yet (Screening).</translation>
    </message>
    <message>
        <source>A supervisor must approve it: ask %1 to issue them.</source>
        <translation>A supervisor must approve it: ask %1 to issue them.</translation>
    </message>
    <message>
        <source>Approve it as supervisor? The approval is recorded in the audit trail.</source>
        <translation>Approve it as supervisor? The approval is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ListViews</name>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot read the clients</source>
        <translation>Cannot read the clients</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::MailServerDialog</name>
    <message>
        <source>Mail server</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <source>Invoices are sent through this mail server (SMTP). Ask whoever runs the agency's mail for these details.</source>
        <translation>Invoices are sent through this mail server (SMTP). Ask whoever runs the agency's mail for these details.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>e.g. smtp.example.jp</source>
        <translation>e.g. smtp.example.jp</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
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
        <translation>Empty: no login</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Protection:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>e.g. seikyu@example.jp</source>
        <translation>e.g. seikyu@example.jp</translation>
    </message>
    <message>
        <source>Empty: the client's name</source>
        <translation>Empty: the client's name</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Empty: the certificates the system trusts</source>
        <translation>Empty: the certificates the system trusts</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Check the server's certificate</source>
        <translation>&amp;Check the server's certificate</translation>
    </message>
    <message>
        <source>Turn off only for a test server on the local network</source>
        <translation>Turn off only for a test server on the local network</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA &amp;file:</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Send a &amp;test message</translation>
    </message>
    <message>
        <source>Sends a short message to the sender's address with the settings as typed</source>
        <translation>Sends a short message to the sender's address with the settings as typed</translation>
    </message>
    <message>
        <source>Certificates to trust</source>
        <translation>Certificates to trust</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>The sender "%1" is not an e-mail address.</source>
        <translation>The sender "%1" is not an e-mail address.</translation>
    </message>
    <message>
        <source>Enter the sender's address: the server needs it to accept messages.</source>
        <translation>Enter the sender's address: the server needs it to accept messages.</translation>
    </message>
    <message>
        <source>The server "%1" is not a host name.</source>
        <translation>The server "%1" is not a host name.</translation>
    </message>
    <message>
        <source>Cannot save the mail server</source>
        <translation>Cannot save the mail server</translation>
    </message>
    <message>
        <source>Enter the mail server first.</source>
        <translation>Enter the mail server first.</translation>
    </message>
    <message>
        <source>Enter the sender's address: the test message goes there.</source>
        <translation>Enter the sender's address: the test message goes there.</translation>
    </message>
    <message>
        <source>Kaishu: test message</source>
        <translation>Kaishu: test message</translation>
    </message>
    <message>
        <source>This message was sent by Kaishu to check the mail server settings (%1, port %2).</source>
        <translation>This message was sent by Kaishu to check the mail server settings (%1, port %2).</translation>
    </message>
    <message>
        <source>Sending to %1 through %2…</source>
        <translation>Sending to %1 through %2…</translation>
    </message>
    <message>
        <source>The server accepted the test message.
%1</source>
        <translation>The server accepted the test message.
%1</translation>
    </message>
    <message>
        <source>%1
Server reply: %2</source>
        <translation>%1
Server reply: %2</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::MainWindow</name>
    <message>
        <source>Debtors</source>
        <translation>Debtors</translation>
    </message>
    <message>
        <source>The debtor register (Ctrl+1)</source>
        <translation>The debtor register (Ctrl+1)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>The agency's clients (Ctrl+2)</source>
        <translation>The agency's clients (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Connect to &amp;PostgreSQL…</translation>
    </message>
    <message>
        <source>Import &amp;clients…</source>
        <translation>Import &amp;clients…</translation>
    </message>
    <message>
        <source>&amp;Import debtors…</source>
        <translation>&amp;Import debtors…</translation>
    </message>
    <message>
        <source>Export c&amp;lients…</source>
        <translation>Export c&amp;lients…</translation>
    </message>
    <message>
        <source>&amp;Export debtors…</source>
        <translation>&amp;Export debtors…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>Re&amp;vert changes</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Debtors</source>
        <translation>&amp;Debtors</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olumns…</translation>
    </message>
    <message>
        <source>&amp;About Kaishu</source>
        <translation>&amp;About Kaishu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Kaishu — %1</source>
        <translation>Kaishu — %1</translation>
    </message>
    <message>
        <source>Kaishu</source>
        <translation>Kaishu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation><numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Kaishu databases (*.sqlite)</source>
        <translation>Kaishu databases (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already. Use Open database to work with it, or choose another name.</source>
        <translation>%1 exists already. Use Open database to work with it, or choose another name.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Kaishu databases (*.sqlite *.db);;All files (*)</source>
        <translation>Kaishu databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Connect to PostgreSQL</translation>
    </message>
    <message>
        <source>Import finished: %1 new, %2 changed, %3 unchanged</source>
        <translation>Import finished: %1 new, %2 changed, %3 unchanged</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (Excel) (*.csv)</source>
        <translation>CSV, UTF-8 with BOM (Excel) (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (*.csv)</source>
        <translation>CSV, Shift_JIS (*.csv)</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Export clients</translation>
    </message>
    <message>
        <source>Export debtors</source>
        <translation>Export debtors</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>PostgreSQL archives (*.dump)</source>
        <translation>PostgreSQL archives (*.dump)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>The backup was written to %1 but could not replace %2.</source>
        <translation>The backup was written to %1 but could not replace %2.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language changes the next time Kaishu starts.
表示言語は次回の起動時に切り替わります。</source>
        <translation>The language changes the next time Kaishu starts.
表示言語は次回の起動時に切り替わります。</translation>
    </message>
    <message>
        <source>About Kaishu</source>
        <translation>About Kaishu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaishu %1&lt;/h3&gt;&lt;p&gt;Receivables workbench for billing agencies: clients, debtors and their accounts, imports and exports, with every change recorded in a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaishu %1&lt;/h3&gt;&lt;p&gt;Receivables workbench for billing agencies: clients, debtors and their accounts, imports and exports, with every change recorded in a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Invoices and credit notes (Ctrl+3)</source>
        <translation>Invoices and credit notes (Ctrl+3)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Order lines waiting for billing (Ctrl+4)</source>
        <translation>Order lines waiting for billing (Ctrl+4)</translation>
    </message>
    <message>
        <source>Import o&amp;rders…</source>
        <translation>Import o&amp;rders…</translation>
    </message>
    <message>
        <source>A&amp;gency profile…</source>
        <translation>A&amp;gency profile…</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Invoices</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Billing</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n order line(s)</source>
        <translation><numerusform>Import finished: %n order line</numerusform><numerusform>Import finished: %n order lines</numerusform></translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>&amp;Mail server…</translation>
    </message>
    <message>
        <source>The server invoices are e-mailed through</source>
        <translation>The server invoices are e-mailed through</translation>
    </message>
    <message>
        <source>Search &amp;archived documents…</source>
        <translation>Search &amp;archived documents…</translation>
    </message>
    <message>
        <source>Issued documents as kept, by date, amount, counterparty and number</source>
        <translation>Issued documents as kept, by date, amount, counterparty and number</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Bank payments to confirm and match to invoices (Ctrl+5)</source>
        <translation>Bank payments to confirm and match to invoices (Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Payments</translation>
    </message>
    <message>
        <source>&amp;Receiving accounts…</source>
        <translation>&amp;Receiving accounts…</translation>
    </message>
    <message>
        <source>The agency's and clients' bank accounts whose statements are imported as payments</source>
        <translation>The agency's and clients' bank accounts whose statements are imported as payments</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Credit screening: grades, limits and reviews of the accounts (Ctrl+6)</source>
        <translation>Credit screening: grades, limits and reviews of the accounts (Ctrl+6)</translation>
    </message>
    <message>
        <source>&amp;Screening</source>
        <translation>&amp;Screening</translation>
    </message>
    <message>
        <source>Accounts never screened or whose review date has come: show them</source>
        <translation>Accounts never screened or whose review date has come: show them</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation><numerusform>%n review due</numerusform><numerusform>%n reviews due</numerusform></translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ManualAllocationDialog</name>
    <message>
        <source>Allocate payment by hand</source>
        <translation>Allocate payment by hand</translation>
    </message>
    <message>
        <source>%1 received on %2 from %3. Tick the invoices it pays; each gets what is left of the payment, oldest first, and you can change the amounts.</source>
        <translation>%1 received on %2 from %3. Tick the invoices it pays; each gets what is left of the payment, oldest first, and you can change the amounts.</translation>
    </message>
    <message>
        <source>Invoice number, customer code or debtor name</source>
        <translation>Invoice number, customer code or debtor name</translation>
    </message>
    <message>
        <source>What the payer deducted as the bank's transfer fee; the invoices count it as paid</source>
        <translation>What the payer deducted as the bank's transfer fee; the invoices count it as paid</translation>
    </message>
    <message>
        <source>Keep what is left as the customer's credit</source>
        <translation>Keep what is left as the customer's credit</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Allocate</translation>
    </message>
    <message>
        <source>Cannot read the invoices</source>
        <translation>Cannot read the invoices</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yen.</source>
        <translation>"%1" is not an amount in yen.</translation>
    </message>
    <message>
        <source>The allocations (%1) are more than the payment and the fee (%2).</source>
        <translation>The allocations (%1) are more than the payment and the fee (%2).</translation>
    </message>
    <message>
        <source>Payment %1 + fee %2 = %3 · allocated %4 · left %5%6</source>
        <translation>Payment %1 + fee %2 = %3 · allocated %4 · left %5%6</translation>
    </message>
    <message>
        <source> (kept as credit)</source>
        <translation> (kept as credit)</translation>
    </message>
    <message>
        <source>An amount is too large to be calculated.</source>
        <translation>An amount is too large to be calculated.</translation>
    </message>
    <message>
        <source>Cannot allocate the payment</source>
        <translation>Cannot allocate the payment</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ModelReportDialog</name>
    <message>
        <source>Model report</source>
        <translation>Model report</translation>
    </message>
    <message>
        <source>No model is trained yet. Screening uses the expert card (external score, years in business, capital and the payments with us) until a model is trained on the agency's own invoices and payments.

Training needs at least 300 invoices whose payment is known, 30 of them paid 30 or more days late.</source>
        <translation>No model is trained yet. Screening uses the expert card (external score, years in business, capital and the payments with us) until a model is trained on the agency's own invoices and payments.

Training needs at least 300 invoices whose payment is known, 30 of them paid 30 or more days late.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stability</translation>
    </message>
    <message>
        <source>Score stability of the latest runs (PSI against the run before):</source>
        <translation>Score stability of the latest runs (PSI against the run before):</translation>
    </message>
    <message>
        <source>&amp;Train model…</source>
        <translation>&amp;Train model…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cannot read the model</source>
        <translation>Cannot read the model</translation>
    </message>
    <message>
        <source>Model as of %1, trained on %2 by %3</source>
        <translation>Model as of %1, trained on %2 by %3</translation>
    </message>
    <message>
        <source>Learnt from %1 invoices (%2 paid late), tested on %3 later invoices held out (%4 paid late)</source>
        <translation>Learnt from %1 invoices (%2 paid late), tested on %3 later invoices held out (%4 paid late)</translation>
    </message>
    <message>
        <source>AUC %1 · KS %2 on the test invoices</source>
        <translation>AUC %1 · KS %2 on the test invoices</translation>
    </message>
    <message>
        <source>Late rate rising from grade A to E (bad rate monotone): yes</source>
        <translation>Late rate rising from grade A to E (bad rate monotone): yes</translation>
    </message>
    <message>
        <source>⚠ Late rate rising from grade A to E (bad rate monotone): no. The grades do not order the risk on the test invoices; train again on more history before relying on them.</source>
        <translation>⚠ Late rate rising from grade A to E (bad rate monotone): no. The grades do not order the risk on the test invoices; train again on more history before relying on them.</translation>
    </message>
    <message>
        <source>Weights: points per standard deviation</source>
        <translation>Weights: points per standard deviation</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::OpenInvoiceTableModel</name>
    <message>
        <source>Invoice %1 owes only %2; %3 cannot be allocated to it.</source>
        <translation>Invoice %1 owes only %2; %3 cannot be allocated to it.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::OrderLineForm</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>What was supplied</source>
        <translation>What was supplied</translation>
    </message>
    <message>
        <source>e.g. 3 or 1.5; negative for a return</source>
        <translation>e.g. 3 or 1.5; negative for a return</translation>
    </message>
    <message>
        <source>e.g. 個, 箱, 式</source>
        <translation>e.g. 個, 箱, 式</translation>
    </message>
    <message>
        <source>Yen, up to 4 decimal places</source>
        <translation>Yen, up to 4 decimal places</translation>
    </message>
    <message>
        <source>Select an order line to see and correct it, or add a line.</source>
        <translation>Select an order line to see and correct it, or add a line.</translation>
    </message>
    <message>
        <source>New order line</source>
        <translation>New order line</translation>
    </message>
    <message>
        <source>Order %1, line %2</source>
        <translation>Order %1, line %2</translation>
    </message>
    <message>
        <source>a customer code is required</source>
        <translation>a customer code is required</translation>
    </message>
    <message>
        <source>the client has no customer with this code</source>
        <translation>the client has no customer with this code</translation>
    </message>
    <message>
        <source>"%1" is not a number (at most 4 decimal places)</source>
        <translation>"%1" is not a number (at most 4 decimal places)</translation>
    </message>
    <message>
        <source>Edit order %1 line %2</source>
        <translation>Edit order %1 line %2</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::OrderTableModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::OrderView</name>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Remove line…</source>
        <translation>&amp;Remove line…</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <source>Cannot read the orders</source>
        <translation>Cannot read the orders</translation>
    </message>
    <message>
        <source>Type a new order line of the chosen client</source>
        <translation>Type a new order line of the chosen client</translation>
    </message>
    <message>
        <source>Choose a client first</source>
        <translation>Choose a client first</translation>
    </message>
    <message>
        <source>Remove order line</source>
        <translation>Remove order line</translation>
    </message>
    <message>
        <source>Remove line %1 of order %2 (%3)? It will not be billed.</source>
        <translation>Remove line %1 of order %2 (%3)? It will not be billed.</translation>
    </message>
    <message>
        <source>Cannot remove the line</source>
        <translation>Cannot remove the line</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::PaymentsView</name>
    <message>
        <source>Search by payer name, in any kana (Ctrl+F)</source>
        <translation>Search by payer name, in any kana (Ctrl+F)</translation>
    </message>
    <message>
        <source>Waiting (unmatched and suggested)</source>
        <translation>Waiting (unmatched and suggested)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Import &amp;bank file…</source>
        <translation>Import &amp;bank file…</translation>
    </message>
    <message>
        <source>Read a Zengin or bank CSV file and match its payments to open invoices (or drop the file on the list)</source>
        <translation>Read a Zengin or bank CSV file and match its payments to open invoices (or drop the file on the list)</translation>
    </message>
    <message>
        <source>&amp;Match open payments</source>
        <translation>&amp;Match open payments</translation>
    </message>
    <message>
        <source>Look for the invoices of every waiting payment again, e.g. after new invoices were issued</source>
        <translation>Look for the invoices of every waiting payment again, e.g. after new invoices were issued</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Allocate the payment as the highlighted candidate says, then go to the next waiting payment (Enter)</source>
        <translation>Allocate the payment as the highlighted candidate says, then go to the next waiting payment (Enter)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Leave this payment for later and go to the next waiting one (Ctrl+Down or J)</source>
        <translation>Leave this payment for later and go to the next waiting one (Ctrl+Down or J)</translation>
    </message>
    <message>
        <source>Allocate &amp;manually…</source>
        <translation>Allocate &amp;manually…</translation>
    </message>
    <message>
        <source>Find the invoices this payment pays and split it among them (Ctrl+M)</source>
        <translation>Find the invoices this payment pays and split it among them (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mark as bank &amp;fee</source>
        <translation>Mark as bank &amp;fee</translation>
    </message>
    <message>
        <source>The payment is a bank fee refund or charge and pays no invoice</source>
        <translation>The payment is a bank fee refund or charge and pays no invoice</translation>
    </message>
    <message>
        <source>Mark as &amp;other income…</source>
        <translation>Mark as &amp;other income…</translation>
    </message>
    <message>
        <source>Interest or other money that pays no invoice; you say what it is</source>
        <translation>Interest or other money that pays no invoice; you say what it is</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;Reverse…</translation>
    </message>
    <message>
        <source>Take back the allocation: the invoices owe the money again and the payment waits; you say why</source>
        <translation>Take back the allocation: the invoices owe the money again and the payment waits; you say why</translation>
    </message>
    <message>
        <source>Cannot read the payments</source>
        <translation>Cannot read the payments</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) · received %1 · %2 waiting</source>
        <translation><numerusform>%n payment · received %1 · %2 waiting</numerusform><numerusform>%n payments · received %1 · %2 waiting</numerusform></translation>
    </message>
    <message>
        <source>Cannot accept the candidate</source>
        <translation>Cannot accept the candidate</translation>
    </message>
    <message>
        <source>Cannot mark the payment</source>
        <translation>Cannot mark the payment</translation>
    </message>
    <message>
        <source>bank fee</source>
        <translation>bank fee</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Other income</translation>
    </message>
    <message>
        <source>What is the payment of %1 from %2 (e.g. 受取利息, 保険金)?</source>
        <translation>What is the payment of %1 from %2 (e.g. 受取利息, 保険金)?</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Why is the payment of %1 from %2 taken back? The invoices will owe the money again.</source>
        <translation>Why is the payment of %1 from %2 taken back? The invoices will owe the money again.</translation>
    </message>
    <message>
        <source>Cannot reverse</source>
        <translation>Cannot reverse</translation>
    </message>
    <message>
        <source>Cannot match the payments</source>
        <translation>Cannot match the payments</translation>
    </message>
    <message>
        <source>Payments matched</source>
        <translation>Payments matched</translation>
    </message>
    <message>
        <source>%1 matched automatically, %2 with suggestions, %3 without a candidate.</source>
        <translation>%1 matched automatically, %2 with suggestions, %3 without a candidate.</translation>
    </message>
    <message>
        <source>Import bank file</source>
        <translation>Import bank file</translation>
    </message>
    <message>
        <source>Bank files (*.txt *.dat *.csv *.TXT *.DAT *.CSV);;All files (*)</source>
        <translation>Bank files (*.txt *.dat *.csv *.TXT *.DAT *.CSV);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the bank file…</source>
        <translation>Reading the bank file…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Cannot import %1</translation>
    </message>
    <message>
        <source>Bank file not imported</source>
        <translation>Bank file not imported</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Nothing was imported from %1:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation><numerusform>… and %n more (see the details)</numerusform><numerusform>… and %n more (see the details)</numerusform></translation>
    </message>
    <message>
        <source>Matching the payments to open invoices…</source>
        <translation>Matching the payments to open invoices…</translation>
    </message>
    <message>
        <source>%1 was imported before (%2); nothing was read again.</source>
        <translation>%1 was imported before (%2); nothing was read again.</translation>
    </message>
    <message>
        <source>%1: %2 line(s) read, %3 new, %4 already imported and skipped.</source>
        <translation>%1: %2 line(s) read, %3 new, %4 already imported and skipped.</translation>
    </message>
    <message>
        <source>Matched automatically: %1 · with suggestions: %2 · without a candidate: %3</source>
        <translation>Matched automatically: %1 · with suggestions: %2 · without a candidate: %3</translation>
    </message>
    <message>
        <source>Bank file imported</source>
        <translation>Bank file imported</translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation>Cannot save the mapping</translation>
    </message>
    <message>
        <source>Issue re&amp;ceipt…</source>
        <translation>Issue re&amp;ceipt…</translation>
    </message>
    <message>
        <source>A receipt (領収書) for an invoice this payment paid</source>
        <translation>A receipt (領収書) for an invoice this payment paid</translation>
    </message>
    <message>
        <source>Cannot read the invoices</source>
        <translation>Cannot read the invoices</translation>
    </message>
    <message>
        <source>%1 (paid %2)</source>
        <translation>%1 (paid %2)</translation>
    </message>
    <message>
        <source>Issue receipt</source>
        <translation>Issue receipt</translation>
    </message>
    <message>
        <source>Receipts cover all the money this payment paid on its invoices already.</source>
        <translation>Receipts cover all the money this payment paid on its invoices already.</translation>
    </message>
    <message>
        <source>The payment paid several invoices. Receipt for:</source>
        <translation>The payment paid several invoices. Receipt for:</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::PostgresConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Connect to PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>The database is shared by every clerk who connects to it. The password is not stored.</source>
        <translation>The database is shared by every clerk who connects to it. The password is not stored.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Enter at least the host and the database.</source>
        <translation>Enter at least the host and the database.</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ReceiptDialog</name>
    <message>
        <source>Cannot read the invoice</source>
        <translation>Cannot read the invoice</translation>
    </message>
    <message>
        <source>Receipt for invoice %1</source>
        <translation>Receipt for invoice %1</translation>
    </message>
    <message>
        <source>Empty: お品代として</source>
        <translation>Empty: お品代として</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;For (但し書き):</source>
        <translation>&amp;For (但し書き):</translation>
    </message>
    <message>
        <source>&amp;Issue receipt</source>
        <translation>&amp;Issue receipt</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Invoice %1 to %2 %3
Received without a receipt: %4</source>
        <translation>Invoice %1 to %2 %3
Received without a receipt: %4</translation>
    </message>
    <message>
        <source>Every yen received on this invoice has a receipt already.</source>
        <translation>Every yen received on this invoice has a receipt already.</translation>
    </message>
    <message>
        <source>Cannot issue the receipt</source>
        <translation>Cannot issue the receipt</translation>
    </message>
    <message>
        <source>Receipt %1 issued for %2 (%3).</source>
        <translation>Receipt %1 issued for %2 (%3).</translation>
    </message>
    <message>
        <source>A paper copy of this receipt needs a revenue stamp.</source>
        <translation>A paper copy of this receipt needs a revenue stamp.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Cannot make the PDF</source>
        <translation>Cannot make the PDF</translation>
    </message>
    <message>
        <source>The archived PDF of this receipt does not match its checksum.</source>
        <translation>The archived PDF of this receipt does not match its checksum.</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ReceivingAccountForm</name>
    <message>
        <source>Receiving account</source>
        <translation>Receiving account</translation>
    </message>
    <message>
        <source>Agency (its own account)</source>
        <translation>Agency (its own account)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation>4 digits</translation>
    </message>
    <message>
        <source>3 digits</source>
        <translation>3 digits</translation>
    </message>
    <message>
        <source>7 digits</source>
        <translation>7 digits</translation>
    </message>
    <message>
        <source>Half-width kana as the bank prints it</source>
        <translation>Half-width kana as the bank prints it</translation>
    </message>
    <message>
        <source>not in the bank directory</source>
        <translation>not in the bank directory</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ReceivingAccountTableModel</name>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
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
        <translation>Receiving accounts</translation>
    </message>
    <message>
        <source>Bank statements of these accounts are imported as payments; those of a client's account are matched with that client's invoices. A client's payee account is known already and is not listed here.</source>
        <translation>Bank statements of these accounts are imported as payments; those of a client's account are matched with that client's invoices. A client's payee account is known already and is not listed here.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Cannot read the receiving accounts</source>
        <translation>Cannot read the receiving accounts</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add receiving account</source>
        <translation>Add receiving account</translation>
    </message>
    <message>
        <source>Edit receiving account</source>
        <translation>Edit receiving account</translation>
    </message>
    <message>
        <source>Remove the receiving account %1 %2 %3 of %4?

Payments imported already keep their client.</source>
        <translation>Remove the receiving account %1 %2 %3 of %4?

Payments imported already keep their client.</translation>
    </message>
    <message>
        <source>Remove receiving account</source>
        <translation>Remove receiving account</translation>
    </message>
    <message>
        <source>Cannot remove the receiving account</source>
        <translation>Cannot remove the receiving account</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::RecordForm</name>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Discard the changes and show the record as stored</source>
        <translation>Discard the changes and show the record as stored</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The record has changes that are not saved. Save them?</source>
        <translation>The record has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>%1

The record is shown again as it is stored now; please make your change again.</source>
        <translation>%1

The record is shown again as it is stored now; please make your change again.</translation>
    </message>
    <message>
        <source>Cannot read the record</source>
        <translation>Cannot read the record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>Cannot read the history</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Cannot undo or redo</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ScreeningDetailPane</name>
    <message>
        <source>Select a result to see why it came out so.</source>
        <translation>Select a result to see why it came out so.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Late risk</source>
        <translation>Late risk</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>Dunning</translation>
    </message>
    <message>
        <source>Proposed limit</source>
        <translation>Proposed limit</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 of the limit in force %2 (%3)</source>
        <translation>%1 of the limit in force %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (no limit in force)</source>
        <translation>%1 (no limit in force)</translation>
    </message>
    <message>
        <source>⚠ %1 — over the limit by %2</source>
        <translation>⚠ %1 — over the limit by %2</translation>
    </message>
    <message>
        <source>Why: points per reason</source>
        <translation>Why: points per reason</translation>
    </message>
    <message>
        <source>Screening score</source>
        <translation>Screening score</translation>
    </message>
    <message>
        <source>Client %1 · screened as of %2 · %3</source>
        <translation>Client %1 · screened as of %2 · %3</translation>
    </message>
    <message>
        <source>%1 chance of paying an invoice 30 or more days late</source>
        <translation>%1 chance of paying an invoice 30 or more days late</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ScreeningOverrideDialog</name>
    <message>
        <source>Override screening</source>
        <translation>Override screening</translation>
    </message>
    <message>
        <source>%1 %2 was screened as of %3: grade %4, proposed limit %5, %6 dunning, %7.</source>
        <translation>%1 %2 was screened as of %3: grade %4, proposed limit %5, %6 dunning, %7.</translation>
    </message>
    <message>
        <source>No supervisor is named yet: nobody may override a result.</source>
        <translation>No supervisor is named yet: nobody may override a result.</translation>
    </message>
    <message>
        <source>Supervisors who may override: %1</source>
        <translation>Supervisors who may override: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>You are signed in as %1, who is not a supervisor: the override will be refused.</source>
        <translation>You are signed in as %1, who is not a supervisor: the override will be refused.</translation>
    </message>
    <message>
        <source>Required, e.g. 保証金を受領済み, 代表者の連帯保証あり</source>
        <translation>Required, e.g. 保証金を受領済み, 代表者の連帯保証あり</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>&amp;Limit (yen):</source>
        <translation>&amp;Limit (yen):</translation>
    </message>
    <message>
        <source>&amp;Dunning:</source>
        <translation>&amp;Dunning:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>D&amp;ecision:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Save override</source>
        <translation>&amp;Save override</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>"%1" is not an amount in yen.</source>
        <translation>"%1" is not an amount in yen.</translation>
    </message>
    <message>
        <source>Cannot override</source>
        <translation>Cannot override</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ScreeningResultTableModel</name>
    <message>
        <source>Overridden by %1 on %2: grade %3, limit %4, %5 dunning, %6. Reason: %7</source>
        <translation>Overridden by %1 on %2: grade %3, limit %4, %5 dunning, %6. Reason: %7</translation>
    </message>
    <message>
        <source>Downgraded from %1 to %2</source>
        <translation>Downgraded from %1 to %2</translation>
    </message>
    <message>
        <source>Exposure %1 is over the limit in force of %2</source>
        <translation>Exposure %1 is over the limit in force of %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>✎ %1</source>
        <translation>✎ %1</translation>
    </message>
    <message>
        <source>Probability of paying an invoice 30 or more days late</source>
        <translation>Probability of paying an invoice 30 or more days late</translation>
    </message>
    <message>
        <source>Open invoices and unbilled orders</source>
        <translation>Open invoices and unbilled orders</translation>
    </message>
    <message>
        <source>Exposure as a share of the limit in force</source>
        <translation>Exposure as a share of the limit in force</translation>
    </message>
    <message>
        <source>A supervisor overrode the result (the grade set)</source>
        <translation>A supervisor overrode the result (the grade set)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Late risk</source>
        <translation>Late risk</translation>
    </message>
    <message>
        <source>Proposed limit (yen)</source>
        <translation>Proposed limit (yen)</translation>
    </message>
    <message>
        <source>Limit in force (yen)</source>
        <translation>Limit in force (yen)</translation>
    </message>
    <message>
        <source>Exposure (yen)</source>
        <translation>Exposure (yen)</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>Dunning</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>Screening score</source>
        <translation>Screening score</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ScreeningRunDialog</name>
    <message>
        <source>Re-screen accounts</source>
        <translation>Re-screen accounts</translation>
    </message>
    <message>
        <source>Screens every active account as of the date and keeps each result as history. Accounts whose grade falls or who owe more than their limit are listed afterwards.</source>
        <translation>Screens every active account as of the date and keeps each result as history. Accounts whose grade falls or who owe more than their limit are listed afterwards.</translation>
    </message>
    <message>
        <source>&amp;Apply the proposed limits as the limits in force</source>
        <translation>&amp;Apply the proposed limits as the limits in force</translation>
    </message>
    <message>
        <source>Each account's credit limit becomes the limit the screening proposes (recorded in the audit trail)</source>
        <translation>Each account's credit limit becomes the limit the screening proposes (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>Use the &amp;expert card even when a model is trained</source>
        <translation>Use the &amp;expert card even when a model is trained</translation>
    </message>
    <message>
        <source>Screening uses the model trained as of %1 (AUC %2).</source>
        <translation>Screening uses the model trained as of %1 (AUC %2).</translation>
    </message>
    <message>
        <source>No model is trained yet: screening uses the expert card.</source>
        <translation>No model is trained yet: screening uses the expert card.</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>As &amp;of:</translation>
    </message>
    <message>
        <source>Result of the run</source>
        <translation>Result of the run</translation>
    </message>
    <message>
        <source>Downgrades and limit breaches of this run:</source>
        <translation>Downgrades and limit breaches of this run:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Screening the accounts…</source>
        <translation>Screening the accounts…</translation>
    </message>
    <message>
        <source>Cannot screen the accounts</source>
        <translation>Cannot screen the accounts</translation>
    </message>
    <message>
        <source>%1 of %2 accounts screened…</source>
        <translation>%1 of %2 accounts screened…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The run as of %1 was cancelled: no results were kept.</source>
        <translation>The run as of %1 was cancelled: no results were kept.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Accounts screened as of %1: %2 (%3)</source>
        <translation>Accounts screened as of %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation>Grades: %1</translation>
    </message>
    <message>
        <source>Downgrades: %1 · upgrades: %2</source>
        <translation>Downgrades: %1 · upgrades: %2</translation>
    </message>
    <message>
        <source>Over limit: %1 · limits applied: %2</source>
        <translation>Over limit: %1 · limits applied: %2</translation>
    </message>
    <message>
        <source>Score stability (PSI) against the previous run: %1</source>
        <translation>Score stability (PSI) against the previous run: %1</translation>
    </message>
    <message>
        <source>Cannot read the screening results</source>
        <translation>Cannot read the screening results</translation>
    </message>
    <message>
        <source>The run downgraded no account and found none over its limit.</source>
        <translation>The run downgraded no account and found none over its limit.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::ScreeningView</name>
    <message>
        <source>Search by customer code or debtor name, in any kana (Ctrl+F)</source>
        <translation>Search by customer code or debtor name, in any kana (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Downgraded</source>
        <translation>&amp;Downgraded</translation>
    </message>
    <message>
        <source>Only accounts whose grade fell since their previous result</source>
        <translation>Only accounts whose grade fell since their previous result</translation>
    </message>
    <message>
        <source>O&amp;ver limit</source>
        <translation>O&amp;ver limit</translation>
    </message>
    <message>
        <source>Only accounts that owe more than their limit in force</source>
        <translation>Only accounts that owe more than their limit in force</translation>
    </message>
    <message>
        <source>Only accounts whose review date has come</source>
        <translation>Only accounts whose review date has come</translation>
    </message>
    <message>
        <source>&amp;Re-screen…</source>
        <translation>&amp;Re-screen…</translation>
    </message>
    <message>
        <source>Screen every active account again as of a date</source>
        <translation>Screen every active account again as of a date</translation>
    </message>
    <message>
        <source>&amp;Train model…</source>
        <translation>&amp;Train model…</translation>
    </message>
    <message>
        <source>Learn from the invoices and payments so far which debtors pay late; screening then uses the model instead of the expert card</source>
        <translation>Learn from the invoices and payments so far which debtors pay late; screening then uses the model instead of the expert card</translation>
    </message>
    <message>
        <source>&amp;Model report…</source>
        <translation>&amp;Model report…</translation>
    </message>
    <message>
        <source>How well the active model separates late payers, and its weights</source>
        <translation>How well the active model separates late payers, and its weights</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Save the list as shown (columns and order) as CSV for Excel</source>
        <translation>Save the list as shown (columns and order) as CSV for Excel</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Override…</translation>
    </message>
    <message>
        <source>A supervisor sets the grade, limit, dunning and decision, with a reason</source>
        <translation>A supervisor sets the grade, limit, dunning and decision, with a reason</translation>
    </message>
    <message>
        <source>Cannot read the screening results</source>
        <translation>Cannot read the screening results</translation>
    </message>
    <message>
        <source>Cannot read the screening history</source>
        <translation>Cannot read the screening history</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) · %1 downgraded · %2 over limit · %3 due for review</source>
        <translation><numerusform>%n result · %1 downgraded · %2 over limit · %3 due for review</numerusform><numerusform>%n results · %1 downgraded · %2 over limit · %3 due for review</numerusform></translation>
    </message>
    <message>
        <source>Train model</source>
        <translation>Train model</translation>
    </message>
    <message>
        <source>Training the model on the invoices before %1…</source>
        <translation>Training the model on the invoices before %1…</translation>
    </message>
    <message>
        <source>Cannot train the model</source>
        <translation>Cannot train the model</translation>
    </message>
    <message>
        <source>Model trained</source>
        <translation>Model trained</translation>
    </message>
    <message>
        <source>The model as of %1 learnt from %2 invoices and was tested on %3 held out: AUC %4, KS %5. The next screening uses it.</source>
        <translation>The model as of %1 learnt from %2 invoices and was tested on %3 held out: AUC %4, KS %5. The next screening uses it.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export screening results</source>
        <translation>Export screening results</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (Excel) (*.csv)</source>
        <translation>CSV, UTF-8 with BOM (Excel) (*.csv)</translation>
    </message>
    <message>
        <source>Review d&amp;ue</source>
        <translation>Review d&amp;ue</translation>
    </message>
    <message>
        <source>Train on the invoices issued before this date whose payment is known by then. The last six months are held out to measure the model.</source>
        <translation>Train on the invoices issued before this date whose payment is known by then. The last six months are held out to measure the model.</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::SendInvoiceDialog</name>
    <message>
        <source>no encryption</source>
        <translation>no encryption</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <source>No mail server is set up yet, so nothing can be sent. Enter it under File → Mail server… (the button below opens it).</source>
        <translation>No mail server is set up yet, so nothing can be sent. Enter it under File → Mail server… (the button below opens it).</translation>
    </message>
    <message>
        <source>e.g. keiri@example.co.jp</source>
        <translation>e.g. keiri@example.co.jp</translation>
    </message>
    <message>
        <source>Mail &amp;server…</source>
        <translation>Mail &amp;server…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <source>Sent through:</source>
        <translation>Sent through:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Server reply</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send history</source>
        <translation>Send history</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>(not set up)</source>
        <translation>(not set up)</translation>
    </message>
    <message>
        <source>%1, port %2, %3</source>
        <translation>%1, port %2, %3</translation>
    </message>
    <message>
        <source>, login %1</source>
        <translation>, login %1</translation>
    </message>
    <message>
        <source>The archived PDF of this invoice does not match its checksum: it is not sent.</source>
        <translation>The archived PDF of this invoice does not match its checksum: it is not sent.</translation>
    </message>
    <message>
        <source>Send by e-mail · %1</source>
        <translation>Send by e-mail · %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The debtor has no e-mail address: enter the recipient above.</source>
        <translation>The debtor has no e-mail address: enter the recipient above.</translation>
    </message>
    <message>
        <source>Cannot read the send history</source>
        <translation>Cannot read the send history</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Send history (%1)</source>
        <translation>Send history (%1)</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" is not an e-mail address.</translation>
    </message>
    <message>
        <source>Sending to %1 through %2…</source>
        <translation>Sending to %1 through %2…</translation>
    </message>
    <message>
        <source>Sent: the mail server accepted the message.
%1</source>
        <translation>Sent: the mail server accepted the message.
%1</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Not sent: %1
Server reply: %2</source>
        <translation>Not sent: %1
Server reply: %2</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
</context>
<context>
    <name>kaishu::ui::SuggestionPanel</name>
    <message>
        <source>No payment chosen</source>
        <translation>No payment chosen</translation>
    </message>
    <message>
        <source>Choose a payment in the list to see who may have paid it.</source>
        <translation>Choose a payment in the list to see who may have paid it.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Candidates, best first. Enter takes the highlighted one.</source>
        <translation>Candidates, best first. Enter takes the highlighted one.</translation>
    </message>
    <message>
        <source>No open invoice fits this payment. Allocate it by hand, or mark it as a bank fee or other income.</source>
        <translation>No open invoice fits this payment. Allocate it by hand, or mark it as a bank fee or other income.</translation>
    </message>
    <message>
        <source>Allocated as below. Reverse the match to allocate the payment again.</source>
        <translation>Allocated as below. Reverse the match to allocate the payment again.</translation>
    </message>
    <message>
        <source>Pays no invoice. Reverse to put it back in the queue.</source>
        <translation>Pays no invoice. Reverse to put it back in the queue.</translation>
    </message>
    <message>
        <source>Kept as the bank reported it; not matched.</source>
        <translation>Kept as the bank reported it; not matched.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Next time a payment with this name is matched to the debtor by itself</source>
        <translation>Next time a payment with this name is matched to the debtor by itself</translation>
    </message>
    <message>
        <source>Remember %1 as a payer name of %2</source>
        <translation>Remember %1 as a payer name of %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kaishu: receivables workbench for billing agencies</source>
        <translation>Kaishu: receivables workbench for billing agencies</translation>
    </message>
    <message>
        <source>The database: an SQLite file or postgresql://user@host:port/database (default: $KAISHU_DB, else the last one opened, else the local database).</source>
        <translation>The database: an SQLite file or postgresql://user@host:port/database (default: $KAISHU_DB, else the last one opened, else the local database).</translation>
    </message>
    <message>
        <source>path|url</source>
        <translation>path|url</translation>
    </message>
    <message>
        <source>Fill an empty database with the demo agency and N debtors, without asking.</source>
        <translation>Fill an empty database with the demo agency and N debtors, without asking.</translation>
    </message>
    <message>
        <source>Save a picture of the window (or of the open dialog) to FILE.png once it has settled, then exit.</source>
        <translation>Save a picture of the window (or of the open dialog) to FILE.png once it has settled, then exit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The language for this run: ja or en (View → Language keeps a choice).</source>
        <translation>The language for this run: ja or en (View → Language keeps a choice).</translation>
    </message>
    <message>
        <source>Open the debtor import with this CSV file, checked.</source>
        <translation>Open the debtor import with this CSV file, checked.</translation>
    </message>
    <message>
        <source>Open the client import with this CSV file, checked.</source>
        <translation>Open the client import with this CSV file, checked.</translation>
    </message>
    <message>
        <source>Start with this search in the debtor register.</source>
        <translation>Start with this search in the debtor register.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>--demo needs a number of debtors.</source>
        <translation>--demo needs a number of debtors.</translation>
    </message>
    <message>
        <source>Unknown area: %1</source>
        <translation>Unknown area: %1</translation>
    </message>
    <message>
        <source>Start in this area: debtors, clients, invoices, orders, payments or screening.</source>
        <translation>Start in this area: debtors, clients, invoices, orders, payments or screening.</translation>
    </message>
</context>
</TS>
