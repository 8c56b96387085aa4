#!/bin/sh
# Fuzzes one of kg's input parsers with libFuzzer (Swift 6.3 on Linux: swiftc -sanitize=fuzzer).
#
#     Tests/Fuzz/run.sh TARGET [RUNS] [LIBFUZZER OPTIONS…]
#
# TARGET is one of
#     query      KGQuery's QueryParser.parse (lexer and parser)
#     tokenizer  KGLanguage's Tokenizer and SentenceSplitter
#     html       KGReader's ArticleReader on .html files
#     json       KGReader's ArticleReader on .json and .jsonl files
# RUNS (default 1000000) is libFuzzer's -runs; it prints "Done N runs" when no input crashed
# or hung (-timeout=10 s per input). The target is compiled from the module's sources plus
# Tests/Fuzz/<Target>Fuzz.swift with address sanitizer, outside the package build, into
# $KG_FUZZ_BUILD (default .build-fuzz). The growing corpus is kept in
# $KG_FUZZ_BUILD/corpus-TARGET, seeded from Tests/Fuzz/Seeds/TARGET; a crashing input is
# written to $KG_FUZZ_BUILD/crash-… and should become a regression test in the owning module.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
target=${1:?usage: Tests/Fuzz/run.sh query|tokenizer|html|json [RUNS] [libFuzzer options]}
runs=${2:-1000000}
[ $# -ge 2 ] && shift 2 || shift $#
build=${KG_FUZZ_BUILD:-$root/.build-fuzz}
case $target in
    query)
        module=KGQuery; harness=QueryParserFuzz
        sources="QueryParser QueryLexer QueryAST QueryToken QuerySyntaxError"
        sources=$(for s in $sources; do printf '%s ' "$root/Sources/KGQuery/$s.swift"; done) ;;
    tokenizer)
        module=KGLanguage; harness=TokenizerFuzz
        sources=$(ls "$root"/Sources/KGCore/*.swift "$root"/Sources/KGLanguage/Tokenizer*.swift "$root"/Sources/KGLanguage/SentenceSplitter*.swift) ;;
    html|json)
        module=KGReader; harness=ReaderFuzz; sources=$(ls "$root"/Sources/KGCore/*.swift "$root"/Sources/KGReader/*.swift)
        if [ "$target" = html ]; then export FUZZ_READER_FORMATS=html; else export FUZZ_READER_FORMATS="jsonl json"; fi ;;
    *) echo "unknown target '$target' (query, tokenizer, html, json)" >&2; exit 64 ;;
esac
mkdir -p "$build/corpus-$target"
[ -d "$root/Tests/Fuzz/Seeds/$target" ] && cp -n "$root/Tests/Fuzz/Seeds/$target"/* "$build/corpus-$target/" 2>/dev/null || true
binary=$build/fuzz-$target
# KGCore's values are compiled into the fuzzed module, so the module's imports of KGCore go.
mkdir -p "$build/sources-$target"
rm -f "$build/sources-$target"/*.swift
for source in $sources; do sed '/^import KGCore$/d' "$source" > "$build/sources-$target/$(basename "$source")"; done
sources=$(ls "$build/sources-$target"/*.swift)
rm -f "$binary"
# The harness lives in the module it fuzzes, so it can reach internal entry points.
# shellcheck disable=SC2086
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name "$module" \
    $sources "$root/Tests/Fuzz/$harness.swift" -o "$binary" 2>&1 | grep -v "Cannot export local symbol" >&2 || true
[ -x "$binary" ] || { echo "build of $binary failed" >&2; exit 1; }
# Swift's own crash reporter would stall libFuzzer's; ASan and libFuzzer report instead.
cd "$build"
SWIFT_BACKTRACE=enable=no exec "$binary" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$@" "corpus-$target"
