// The shell: a libedit REPL over the query language.
