/**
 * The command line (picocli): each command parses its options, asks one use case of the
 * application layer, and prints the answer as text for a person or as the shared JSON for
 * {@code --json}; refusals arrive typed and {@link org.rekindle.cli.Errors} words them with the
 * command line's own options (exit 2 for what the user can fix, 1 for the rest). The everyday read
 * commands take a quick path past picocli, for start-up.
 */
package org.rekindle.cli;
