#!/bin/sh
# quoth extract's inputs: JSON Lines with metadata and bad lines, HTML
# pages, WARC archives (plain, per-record gzip, truncated), gzip inputs,
# directories with and without -r, standard input, and the same records
# whatever the number of threads.
set -u
fail() { echo "FAIL: $*"; exit 1; }
fx=tests/fixtures/inputs
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# ------------------------------------------------------------ JSON Lines
"$QUOTH" extract -f jsonl "$fx/news.jsonl" >"$dir/news.out" 2>"$dir/news.err"
[ $? -eq 1 ] || fail "bad JSON lines should exit 1"
[ "$(wc -l <"$dir/news.out")" -eq 5 ] || fail "want 5 records (the blank line is no document)"
sed -n 1p "$dir/news.out" | grep -q '^{"id": "n1", "url": "https://bay.example/n1", "title": "Ferry delays", "date": "2024-02-01", "outlet": "Bay Herald", "quotes": \[{' \
    || fail "n1: metadata copied, quotes found"
sed -n 1p "$dir/news.out" | grep -q '"name": "Ana Ruiz"' || fail "n1 should name Ana Ruiz"
sed -n 2p "$dir/news.out" | grep -q '^{"id": "n2", "outlet": "Harbour Times", "quotes"' || fail "n2: source as outlet"
sed -n 3p "$dir/news.out" | grep -q '^{"id": "news:4", "error": ".*news.jsonl:4: malformed JSON.*", "origin": ".*news.jsonl:4"}$' \
    || fail "a malformed line: an error record with its line"
sed -n 4p "$dir/news.out" | grep -q '^{"id": "n4", "error": ".*no \\"text\\" field' || fail "a line without text"
sed -n 5p "$dir/news.out" | grep -q '^{"id": "5", "quotes"' || fail "a numeric id"
grep -q 'news.jsonl:4: malformed JSON' "$dir/news.err" || fail "stderr should name the file and line"
grep -q '5 documents, [0-9]* statements, 2 errors' "$dir/news.err" || fail "summary"

# the same records with 1 and 3 threads, and from a gzipped copy
"$QUOTH" extract -q -j 1 -f jsonl "$fx/news.jsonl" >"$dir/j1.out"
"$QUOTH" extract -q -j 3 -f jsonl "$fx/news.jsonl" >"$dir/j3.out"
cmp -s "$dir/j1.out" "$dir/news.out" && cmp -s "$dir/j3.out" "$dir/news.out" || fail "-j changed the records"
gzip -c "$fx/news.jsonl" >"$dir/news.jsonl.gz"
"$QUOTH" extract -q -f jsonl "$dir/news.jsonl.gz" | sed "s|$dir/news.jsonl.gz|$fx/news.jsonl|g" >"$dir/gz.out"
cmp -s "$dir/gz.out" "$dir/news.out" || fail ".jsonl.gz should give the same records"

# standard input is sniffed; --input-format text overrides
"$QUOTH" extract -q -f jsonl <"$fx/news.jsonl" | sed -n 1p | grep -q '^{"id": "n1"' || fail "stdin JSON Lines"
[ "$("$QUOTH" extract -q -f jsonl -i text "$fx/news.jsonl" | wc -l)" -eq 1 ] || fail "-i text: one document"
"$QUOTH" extract -q -f jsonl -i jsonl --text-field body --id-field id "$fx/news.jsonl" | sed -n 4p \
    | grep -q '^{"id": "n4", "quotes"' || fail "--text-field"
# a feed whose fields are nested, as news-please's or NewsAPI's are: every
# field option takes a path of keys
printf '%s\n' '{"article": {"id": 9, "maintext": "\"The ferry is late,\" said Ana Ruiz."}, "meta": {"link": "https://x.example/9", "headline": "Ferry", "published": "2024-02-03"}, "source": {"name": "Wire"}, "source_domain": "x.example"}' >"$dir/nested.jsonl"
"$QUOTH" extract -q -f jsonl --text-field article.maintext --id-field article.id --url-field meta.link \
    --title-field meta.headline --date-field meta.published "$dir/nested.jsonl" |
    grep -q '^{"id": "9", "url": "https://x.example/9", "title": "Ferry", "date": "2024-02-03", "outlet": "Wire", "quotes": \[{"type": "direct"' ||
    fail "nested fields: $("$QUOTH" extract -q -f jsonl --text-field article.maintext "$dir/nested.jsonl")"
"$QUOTH" extract -q -f jsonl --text-field article.maintext --outlet-field source_domain "$dir/nested.jsonl" |
    grep -q '^{"id": "nested:1", "outlet": "x.example", "quotes"' || fail "--outlet-field"
"$QUOTH" extract -q -f jsonl --text-field article.text "$dir/nested.jsonl" |
    grep -qF '"error": "'"$dir"'/nested.jsonl:1: no \"article.text\" field with a string"' || fail "a path that finds nothing"
"$QUOTH" extract -q -f jsonl --max-doc-size 100 "$fx/news.jsonl" | sed -n 1p | grep -q '"error": .*longer than' \
    || fail "--max-doc-size on a line"

# what Python's json module reads, jansson refuses and a feed may hold: a
# stray Latin-1 byte and a lone surrogate each become one U+FFFD (counted,
# one code point each, as Python reads them), and a number of any size
printf '{"id": "dirty", "n": 1e999, "text": "Caf\351 \\ud83d owners said the tax was unfair."}\n' >"$dir/dirty.jsonl"
"$QUOTH" extract -f jsonl "$dir/dirty.jsonl" >"$dir/dirty.out" 2>"$dir/dirty.err" || fail "a dirty line should give its document"
grep -q '^{"id": "dirty", "repaired": 2, "quotes": \[{.*"cue": {"start": 14, "end": 18, "text": "said"}' "$dir/dirty.out" \
    || fail "a dirty line: two repairs, offsets in code points"
grep -q '1 document, 1 statement, 0 errors, 1 with invalid UTF-8 repaired' "$dir/dirty.err" || fail "dirty summary"

# a text file in windows-1252 (Word's "Text only"), read with --encoding;
# without it, its curly quotes are U+FFFD, and the summary says what to do
printf '\223We will win,\224 said Ann Lee of Caf\351 Town.\r\n' >"$dir/win.txt"
"$QUOTH" extract -f jsonl "$dir/win.txt" >"$dir/win.out" 2>"$dir/win.err"
grep -q '"repaired": 3' "$dir/win.out" || fail "windows-1252 without --encoding: three repairs"
grep -q 'read right with --encoding NAME' "$dir/win.err" || fail "no hint at --encoding"
"$QUOTH" extract -f jsonl --encoding cp1252 "$dir/win.txt" >"$dir/win.out" 2>"$dir/win.err"
grep -q '^{"id": "win", "quotes": \[{"type": "direct", "cue": {"start": 15, "end": 19, "text": "said"}.*"contents": \[{"start": 0, "end": 14, "text": "“We will win,”"}\]' "$dir/win.out" \
    || fail "--encoding cp1252: a direct quote, offsets in the converted text: $(cat "$dir/win.out")"
grep -q 'encoding NAME' "$dir/win.err" && fail "a hint at --encoding that was given"
# UTF-16 with its byte order mark (Notepad's "Unicode"), with no option
printf '\377\376"\000H\000i\000,\000"\000 \000s\000a\000i\000d\000 \000A\000n\000n\000 \000L\000e\000e\000.\000' >"$dir/u16.txt"
"$QUOTH" extract -q -f jsonl "$dir/u16.txt" | grep -q '"cue": {"start": 6, "end": 10, "text": "said"}' \
    || fail "UTF-16 by its byte order mark"
# ... and without it (some exports): an error record that names the option,
# not a document of nothing; with the option, its statement
printf '"\000H\000i\000,\000"\000 \000s\000a\000i\000d\000 \000A\000n\000n\000.\000' >"$dir/bare16.txt"
"$QUOTH" extract -f jsonl "$dir/bare16.txt" >"$dir/bare16.out" 2>"$dir/bare16.err"
[ $? -eq 1 ] || fail "UTF-16 without its mark: exit 1"
grep -q '^{"id": "bare16", "error": ".*bare16.txt: UTF-16LE without a byte order mark, it seems .*--encoding utf-16le"' "$dir/bare16.out" ||
    fail "UTF-16 without its mark: $(cat "$dir/bare16.out")"
grep -q '1 document, 0 statements, 1 error' "$dir/bare16.err" || fail "UTF-16 without its mark: the summary"
"$QUOTH" extract -q -f jsonl --encoding utf-16le "$dir/bare16.txt" | grep -q '"cue": {"start": 6, "end": 10, "text": "said"}' ||
    fail "UTF-16 without its mark, with --encoding utf-16le"
"$QUOTH" tokens --encoding latin1 "$dir/win.txt" | grep -q '“' || fail "tokens --encoding"
"$QUOTH" extract --encoding klingon "$dir/win.txt" >/dev/null 2>"$dir/enc.err"
[ $? -eq 2 ] || fail "an unknown encoding: exit 2"
grep -q "'klingon' is no encoding" "$dir/enc.err" || fail "an unknown encoding: the message"
"$QUOTH" index --db "$dir/enc.db" --encoding klingon "$dir/win.txt" 2>/dev/null
[ $? -eq 2 ] || fail "index: an unknown encoding, exit 2"
[ -e "$dir/enc.db" ] && fail "index: an unknown encoding made a store"
"$QUOTH" index -q --db "$dir/enc.db" --encoding cp1252 "$dir/win.txt" || fail "index --encoding"
"$QUOTH" search --db "$dir/enc.db" -f jsonl win | grep -q '"text": "“We will win,”"' || fail "index --encoding: the quote stored"

# a JSON text's "\r\n" is part of the string whose offsets the user slices;
# a text file's is a line end, read as Python's open() reads it
printf '{"id": "crlf", "text": "Line one.\\r\\n\\"We will win,\\" said Ann Lee."}\n' >"$dir/crlf.jsonl"
"$QUOTH" extract -q -f jsonl "$dir/crlf.jsonl" | grep -q '"cue": {"start": 26, "end": 30, "text": "said"}' \
    || fail "JSON text: offsets count its \\r"
printf 'Line one.\r\n"We will win," said Ann Lee.' >"$dir/crlf.txt"
"$QUOTH" extract -q -f jsonl "$dir/crlf.txt" | grep -q '"cue": {"start": 25, "end": 29, "text": "said"}' \
    || fail "text file: universal newlines"

# the record of a file whose name is not UTF-8 is still UTF-8
bad_name="$dir/$(printf 'caf\351').txt"
printf '"We will win," said Ann Lee.\n' >"$bad_name"
"$QUOTH" extract -q -f jsonl "$bad_name" >"$dir/name.out" || fail "a file name that is not UTF-8"
iconv -f UTF-8 -t UTF-8 "$dir/name.out" >/dev/null 2>&1 || fail "records must be UTF-8 whatever the file name"
grep -q "^{\"id\": \"caf$(printf '\357\277\275')\", \"quotes\"" "$dir/name.out" || fail "the name's bad byte as U+FFFD"
"$QUOTH" extract -q -f csv "$bad_name" >"$dir/name.csv" || fail "a file name that is not UTF-8, as CSV"
iconv -f UTF-8 -t UTF-8 "$dir/name.csv" >/dev/null 2>&1 || fail "CSV records must be UTF-8 whatever the file name"

# ------------------------------------------------------------------ HTML
"$QUOTH" extract -q -f jsonl --include-text "$fx/article.html" >"$dir/html.out" || fail "HTML run failed"
grep -q '^{"id": "article", "url": "https://courier.example/2024/05/library-sundays", "title": "Library to stay open on Sundays", "date": "2024-05-14T08:30:00Z", "outlet": "Riverside Courier", "text": ' "$dir/html.out" \
    || fail "HTML metadata"
"$QUOTH" extract -q -f jsonl --include-text "$fx/article.expected.txt" >"$dir/want.out"
text_of() { awk '{ i = index($0, "\"text\": "); j = index($0, ", \"quotes\": ["); print substr($0, i, j - i) }' "$1"; }
[ "$(text_of "$dir/html.out")" = "$(text_of "$dir/want.out")" ] || fail "HTML text differs from $fx/article.expected.txt"
grep -q '"name": "Priya Natarajan"' "$dir/html.out" || fail "HTML: a speaker in the body"
for junk in "Most read" "Read also" "Sign up" "analytics" "Photo: Courier" "promise" "Copyright"; do
    grep -q "$junk" "$dir/html.out" && fail "HTML: '$junk' is not article text"
done

# quoth tokens reads what extract reads: a page's article, each JSON text
"$QUOTH" tokens "$fx/article.html" >"$dir/page.tokens" || fail "tokens of a page exited $?"
sed -n 1p "$dir/page.tokens" | grep -qx '# document article' || fail "tokens: a document line first"
grep -q '	<	' "$dir/page.tokens" && fail "tokens of a page: HTML tags are no article tokens"
grep -q '	Priya	' "$dir/page.tokens" || fail "tokens of a page: the article's words"
"$QUOTH" tokens "$fx/news.jsonl" >"$dir/feed.tokens" 2>"$dir/feed.err"; rc=$?
[ $rc -eq 1 ] || fail "tokens of a feed with bad lines should exit 1, not $rc"
[ "$(grep -c '^# document ' "$dir/feed.tokens")" -eq 3 ] || fail "tokens: one document line per readable JSON line"
grep -q 'news.jsonl:4: malformed JSON' "$dir/feed.err" || fail "tokens: a bad line named on stderr"
grep -q '	{	' "$dir/feed.tokens" && fail "tokens of a feed: JSON is no text"

# ------------------------------------------------------------------ WARC
# record TYPE URI CONTENT-TYPE FILE: one WARC record with FILE as its block
n=0
record() {
    n=$((n + 1))
    printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-14T09:00:0%dZ\r\n' "$1" "$2" "$n"
    printf 'WARC-Record-ID: <urn:uuid:rec-%d>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n' "$n" "$3" "$(wc -c <"$4")"
    cat "$4"
    printf '\r\n\r\n'
}
printf 'software: inputs.sh\r\n' >"$dir/info"
printf 'GET /a HTTP/1.1\r\nHost: courier.example\r\n\r\n' >"$dir/req"
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'; cat "$fx/article.html"; } >"$dir/page"
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n'; printf 'PNG....'; } >"$dir/png"
{ printf 'HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n'; cat "$fx/article.html"; } >"$dir/404"
record warcinfo "" application/warc-fields "$dir/info" >"$dir/r1"
record request https://courier.example/a "application/http; msgtype=request" "$dir/req" >"$dir/r2"
record response https://courier.example/a "application/http; msgtype=response" "$dir/page" >"$dir/r3"
record response https://courier.example/p.png "application/http; msgtype=response" "$dir/png" >"$dir/r4"
record response https://courier.example/gone "application/http; msgtype=response" "$dir/404" >"$dir/r5"
cat "$dir/r1" "$dir/r2" "$dir/r3" "$dir/r4" "$dir/r5" >"$dir/crawl.warc"
"$QUOTH" extract -q -f jsonl "$dir/crawl.warc" >"$dir/warc.out" || fail "WARC run failed"
[ "$(wc -l <"$dir/warc.out")" -eq 1 ] || fail "WARC: only the HTML 200 response is a document"
# the url is the record's; the date the page's own (when it was published,
# where WARC-Date is when it was fetched), the record's only for a page
# without one (the WET record below)
grep -q '^{"id": "urn:uuid:rec-3", "url": "https://courier.example/a", "title": "Library to stay open on Sundays", "date": "2024-05-14T08:30:00Z", "outlet": "Riverside Courier", "quotes": \[{' "$dir/warc.out" \
    || fail "WARC record: url from the WARC headers, date from the page"
# every record its own gzip member; the origin of an error is the member's offset
for i in 1 2 3 4 5; do gzip -c "$dir/r$i"; done >"$dir/crawl.warc.gz"
"$QUOTH" extract -q -f jsonl "$dir/crawl.warc.gz" >"$dir/warcgz.out" || fail ".warc.gz run failed"
cmp -s "$dir/warc.out" "$dir/warcgz.out" || fail ".warc.gz should give the same record"
head -c "$(($(wc -c <"$dir/r1") + $(wc -c <"$dir/r2") + 500))" "$dir/crawl.warc" >"$dir/cut.warc"
"$QUOTH" extract -f jsonl "$dir/cut.warc" >"$dir/cut.out" 2>"$dir/cut.err"
[ $? -eq 1 ] || fail "a truncated WARC should exit 1"
offset=$(($(wc -c <"$dir/r1") + $(wc -c <"$dir/r2")))
grep -q "\"error\": .*truncated WARC record.*\"origin\": \"$dir/cut.warc:$offset\"" "$dir/cut.out" || fail "truncated WARC: error with the record's offset"
head -c 300 "$dir/crawl.warc.gz" >"$dir/cut.warc.gz"
"$QUOTH" extract -q -f jsonl "$dir/cut.warc.gz" | grep -q '"error": .*truncated' || fail "truncated .warc.gz"

# Common Crawl's WET files: each page's text a conversion record; found in
# a directory by their name (.warc.wet.gz)
mkdir "$dir/wet"
printf 'Courier\n"We open on Sundays," said Maria Lopez, the librarian.\n' >"$dir/wet-text"
record conversion https://courier.example/w text/plain "$dir/wet-text" >"$dir/w2"
cat "$dir/r1" "$dir/w2" | gzip -c >"$dir/wet/CC-MAIN-0001.warc.wet.gz"
"$QUOTH" extract -q -f jsonl "$dir/wet" >"$dir/wet.out" || fail "WET run failed"
[ "$(wc -l <"$dir/wet.out")" -eq 1 ] || fail "WET: one document, the conversion record"
grep -q "^{\"id\": \"urn:uuid:rec-$n\", \"url\": \"https://courier.example/w\", \"date\": \"2024-05-14T09:00:0${n}Z\", \"quotes\": \[{\"type\": \"direct\"" "$dir/wet.out" ||
    fail "WET record: $(cat "$dir/wet.out")"

# ----------------------------------------------------------- directories
mkdir -p "$dir/tree/sub" "$dir/tree/.git"
printf '"Yes," said Ana Ruiz.\n' >"$dir/tree/a.txt"
cp "$fx/news.jsonl" "$dir/tree/b.jsonl"
cp "$fx/article.html" "$dir/tree/c.html"
printf 'Notes.\n' >"$dir/tree/d.md"
printf 'The port said it would reopen.\n' >"$dir/tree/sub/e.txt"
printf 'hidden\n' >"$dir/tree/.git/f.txt"
ids() { sed 's/^{"id": "\([^"]*\)".*/\1/' | tr '\n' ' '; }
got=$("$QUOTH" extract -q -f jsonl "$dir/tree" | ids)
[ "$got" = "a n1 n2 b:4 n4 5 c " ] || fail "a directory without -r: its files of every supported type, got: $got"
got=$("$QUOTH" extract -q -f jsonl -r "$dir/tree" | ids)
[ "$got" = "a n1 n2 b:4 n4 5 c sub/e " ] || fail "-r: every supported file in name order, got: $got"
# daily folders of feeds of one name, lines without ids: the ids keep the
# folder, and the store keeps every document
mkdir -p "$dir/days/2024-03-01" "$dir/days/2024-03-02"
printf '{"text": "\\"We will build it,\\" said Mayor Ana Ruiz."}\n' >"$dir/days/2024-03-01/feed.jsonl"
printf '{"text": "\\"We will not,\\" said Ivo Petrov."}\n' >"$dir/days/2024-03-02/feed.jsonl"
got=$("$QUOTH" extract -q -f jsonl -r "$dir/days" | ids)
[ "$got" = "2024-03-01/feed:1 2024-03-02/feed:1 " ] || fail "-r: a file's ids keep its folder, got: $got"
"$QUOTH" index -q -r --db "$dir/days.db" "$dir/days" || fail "index -r of daily folders"
"$QUOTH" speakers --db "$dir/days.db" -f jsonl | grep -c '"documents": 1,' | grep -qx 2 || fail "index -r: both days' documents stored"

# ------------------------------------------- files that are not articles
# a PDF (or an image) is an error record that says what it is, where it had
# been "0 statements" and exit 0; -i text still reads the bytes as text
not_read='quoth reads text, HTML, JSON Lines and WARC'
printf '%%PDF-1.4\n%%\342\343\317\323\n1 0 obj\n<< /Length 3 >>\nstream\nabc\nendstream\n' >"$dir/story.pdf"
"$QUOTH" extract -f jsonl "$dir/story.pdf" >"$dir/pdf.out" 2>"$dir/pdf.err"
[ $? -eq 1 ] || fail "a PDF: exit 1"
[ "$(cat "$dir/pdf.out")" = "{\"id\": \"story\", \"error\": \"$dir/story.pdf: a PDF document: $not_read; extract its text first, e.g. pdftotext FILE\", \"origin\": \"$dir/story.pdf\"}" ] ||
    fail "a PDF: $(cat "$dir/pdf.out")"
grep -q 'encoding' "$dir/pdf.err" && fail "a PDF: no hint at --encoding"
"$QUOTH" extract -q -f jsonl <"$dir/story.pdf" | grep -qF '{"id": "stdin", "error": "stdin: a PDF document' || fail "a PDF on stdin"
"$QUOTH" extract -q -f jsonl -i text "$dir/story.pdf" | grep -q '^{"id": "story", "repaired": 4, "quotes": \[\]}$' || fail "-i text reads a PDF as text"
printf '\377\330\377\340\000\020JFIF\000\001' >"$dir/photo.txt"
[ "$("$QUOTH" extract -q -f jsonl "$dir/photo.txt")" = "{\"id\": \"photo\", \"error\": \"$dir/photo.txt: a JPEG image: $not_read\", \"origin\": \"$dir/photo.txt\"}" ] ||
    fail "a JPEG named .txt: $("$QUOTH" extract -q -f jsonl "$dir/photo.txt")"
# a .docx is a zip of XML: a converter gives its text, unzip would not
printf 'PK\003\004\024\000\000\000\010\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\023\000\000\000[Content_Types].xml' >"$dir/memo.docx"
"$QUOTH" extract -q -f jsonl "$dir/memo.docx" | grep -qF "\"error\": \"$dir/memo.docx: an Office document (.docx, .xlsx, .pptx): $not_read; extract its text first, e.g. pandoc -t plain FILE\"" ||
    fail "a .docx: $("$QUOTH" extract -q -f jsonl "$dir/memo.docx")"

# a text on stdin that opens with a brace is a text, not JSON Lines ...
{ printf '{Editor'"'"'s note: this story was updated.}\n'; printf '"We will win," said Ann Lee.\n'; } >"$dir/brace.txt"
"$QUOTH" extract -f jsonl <"$dir/brace.txt" >"$dir/brace.out" 2>/dev/null || fail "a text opening with a brace: exit 0"
grep -q '^{"id": "stdin", "quotes": \[{"type": "direct", "cue": {"start": 56, "end": 60, "text": "said"}' "$dir/brace.out" ||
    fail "a text opening with a brace: $(cat "$dir/brace.out")"
# ... and a feed whose first line is broken is still a feed, its error
# saying how to read it as text when only its content made it JSON Lines
{ printf '{"id": "a", "text": "cut\n'; printf '{"id": "b", "text": "\\"We will win,\\" said Ann Lee."}\n'; } >"$dir/cut.feed"
"$QUOTH" extract -f jsonl <"$dir/cut.feed" >"$dir/cut.out" 2>/dev/null
[ $? -eq 1 ] || fail "a broken first line: exit 1"
[ "$(sed -n 1p "$dir/cut.out")" = '{"id": "stdin:1", "error": "stdin:1: malformed JSON: premature end of input near '"'"'\"cut'"'"' (column 24) (read as JSON Lines from its content; -i text reads it as text)", "origin": "stdin:1"}' ] ||
    fail "a broken first line: $(sed -n 1p "$dir/cut.out")"
sed -n 2p "$dir/cut.out" | grep -q '^{"id": "b", "quotes": \[{' || fail "a broken first line: the next line read"
cp "$dir/cut.feed" "$dir/cut.jsonl"
"$QUOTH" extract -q -f jsonl "$dir/cut.jsonl" | grep -q 'reads it as text' && fail "a .jsonl: no hint at -i text"

# ---------------------------------------------- inputs that give nothing
# a directory that gives no file is one error record (exit 1, even with -q)
mkdir "$dir/emptydir" "$dir/junkdir" "$dir/later" "$dir/later/2024-03-01"
printf 'x' >"$dir/junkdir/picture.png"
printf 'x' >"$dir/junkdir/notes"
printf '"We will win," said Ann Lee.\n' >"$dir/later/2024-03-01/a.txt"
"$QUOTH" extract -q -f jsonl "$dir/emptydir/" >"$dir/e.out" 2>"$dir/e.err"
[ $? -eq 1 ] || fail "an empty directory: exit 1"
[ ! -s "$dir/e.err" ] || fail "an empty directory with -q: no message"
[ "$(cat "$dir/e.out")" = "{\"id\": \"emptydir\", \"error\": \"$dir/emptydir/: no file quoth reads in it: it is empty\", \"origin\": \"$dir/emptydir/\"}" ] ||
    fail "an empty directory: $(cat "$dir/e.out")"
"$QUOTH" extract -f jsonl "$dir/junkdir" >"$dir/j.out" 2>"$dir/j.err"
[ $? -eq 1 ] || fail "a directory of other files: exit 1"
[ "$(cat "$dir/j.out")" = "{\"id\": \"junkdir\", \"error\": \"$dir/junkdir: no file quoth reads in it (2 other files skipped; quoth reads .txt, .jsonl, .ndjson, .html, .htm, .warc, .wet, each maybe .gz or .zst)\", \"origin\": \"$dir/junkdir\"}" ] ||
    fail "a directory of other files: $(cat "$dir/j.out")"
grep -q '1 document, 0 statements, 1 error' "$dir/j.err" || fail "a directory of other files: the summary counts it"
"$QUOTH" extract -q -f jsonl "$dir/later" | grep -qF "\"error\": \"$dir/later: no file quoth reads in it (0 other files skipped; -r reads its subdirectories)\"" ||
    fail "a directory whose files are in subdirectories: $("$QUOTH" extract -q -f jsonl "$dir/later")"
[ "$("$QUOTH" extract -q -f jsonl -r "$dir/later" | ids)" = "2024-03-01/a " ] || fail "-r: the subdirectory's file"
"$QUOTH" index -q --db "$dir/empty.db" "$dir/emptydir"
[ $? -eq 1 ] || fail "index of an empty directory: exit 1"
# a missing folder named with its trailing slash: its name for an id
[ "$("$QUOTH" extract -q -f jsonl "$dir/no-such-folder/")" = "{\"id\": \"no-such-folder\", \"error\": \"$dir/no-such-folder/: No such file or directory\", \"origin\": \"$dir/no-such-folder/\"}" ] ||
    fail "a missing folder/: $("$QUOTH" extract -q -f jsonl "$dir/no-such-folder/")"
# a dangling link: an error record with -r as without
mkdir "$dir/links"
printf '"We will win," said Ann Lee.\n' >"$dir/links/real.txt"
ln -s nowhere.txt "$dir/links/dangling.txt"
for r in "" -r; do
    "$QUOTH" extract -q -f jsonl $r "$dir/links" >"$dir/links.out"
    [ $? -eq 1 ] || fail "a dangling link $r: exit 1"
    [ "$(ids <"$dir/links.out")" = "dangling real " ] || fail "a dangling link $r: $(cat "$dir/links.out")"
    grep -qF "{\"id\": \"dangling\", \"error\": \"$dir/links/dangling.txt: No such file or directory\", \"origin\": \"$dir/links/dangling.txt\"}" "$dir/links.out" ||
        fail "a dangling link $r: its error"
done
# standard input named twice: read once, the second an error record
printf '"We will win," said Ann Lee.\n' | "$QUOTH" extract -f jsonl - - >"$dir/twice.out" 2>"$dir/twice.err"
[ $? -eq 1 ] || fail "- -: exit 1"
sed -n 1p "$dir/twice.out" | grep -q '^{"id": "stdin", "quotes": \[{' || fail "- -: the first reads stdin"
[ "$(sed -n 2p "$dir/twice.out")" = '{"id": "stdin", "error": "stdin: standard input was already read (\"-\" is named twice)", "origin": "stdin"}' ] ||
    fail "- -: $(sed -n 2p "$dir/twice.out")"
grep -q '2 documents, 1 statement, 1 error' "$dir/twice.err" || fail "- -: the summary"

# files of one name in two folders: each named by its path, so that the
# store keeps both; a file whose name is its own keeps its id
mkdir "$dir/monday" "$dir/tuesday"
printf '"The ferry is late," said Ana Ruiz.\n' >"$dir/monday/story.txt"
printf '"The ferry is early," said Ivo Petrov.\n' >"$dir/tuesday/story.txt"
got=$("$QUOTH" extract -q -f jsonl "$dir/monday/story.txt" "$dir/tuesday//story.txt" "$dir/links/real.txt" | ids)
[ "$got" = "$dir/monday/story $dir/tuesday/story real " ] || fail "one file name in two folders: $got"
quoth_abs=$(cd "$(dirname "$QUOTH")" && pwd)/$(basename "$QUOTH")
(cd "$dir" && "$quoth_abs" extract -q -f jsonl ./monday/story.txt tuesday/story.txt) | ids | grep -qx 'monday/story tuesday/story ' ||
    fail "one file name in two folders, relative paths"
"$QUOTH" index -q --db "$dir/days2.db" "$dir/monday/story.txt" "$dir/tuesday/story.txt" || fail "index of two stories"
"$QUOTH" speakers --db "$dir/days2.db" -f jsonl | grep -c '"documents": 1,' | grep -qx 2 || fail "index: both stories stored"

# ------------------------------------------------------------- options
"$QUOTH" extract -j 0 x >/dev/null 2>&1; [ $? -eq 2 ] || fail "-j 0 should exit 2"
"$QUOTH" extract -i pdf x >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown input format should exit 2"
"$QUOTH" extract -q -j 2 -f jsonl -o "$dir/o.jsonl" -r "$dir/tree" >/dev/null 2>&1; [ $? -eq 1 ] || fail "-o run"
[ "$(wc -l <"$dir/o.jsonl")" -eq 8 ] || fail "-o: every record"
ls "$dir" | grep -q 'tmp' && fail "a temporary output file was left behind"
exit 0
