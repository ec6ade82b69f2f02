/**
 * The command-line lab ({@code ./knotwork SUBCOMMAND}). Each subcommand is a thin picocli front-end
 * over the core: it parses options, reads inputs through the I/O module, calls the core, and prints
 * or writes the result. Conventions every subcommand follows: machine-readable results go to stdout
 * (JSON or CSV) and nothing else does; bad input gives one line on stderr naming the problem and exit
 * status 2; internal errors exit 1; files are written atomically.
 */
package org.knotwork.cli;
