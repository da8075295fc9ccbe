/**
 * The seam through which {@code rekindle serve} starts the web without the command line importing
 * it: a {@link java.util.ServiceLoader} service the web module provides.
 */
package org.rekindle.app.serve;
