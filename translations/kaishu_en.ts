<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>The database has no clients yet.

Create a demo billing agency with %1 debtors to try Kaishu out? You can start a real database later with File → New database.</source>
        <translation>The database has no clients yet.

Create a demo billing agency with %1 debtors to try Kaishu out? You can start a real database later with File → New database.</translation>
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
        <source>  written to:      %1 (clients.csv, debtors.csv)</source>
        <translation>  written to:      %1 (clients.csv, debtors.csv)</translation>
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
        <source>Cannot read the history</source>
        <translation>Cannot read the history</translation>
    </message>
    <message>
        <source>Edit client %1</source>
        <translation>Edit client %1</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Cannot undo or redo</translation>
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
        <source>Cannot read the history</source>
        <translation>Cannot read the history</translation>
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
        <source>Cannot undo or redo</source>
        <translation>Cannot undo or redo</translation>
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
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>All prefectures</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
</context>
</TS>
