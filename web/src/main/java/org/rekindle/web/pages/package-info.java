/**
 * The pages, rendered on the server as plain HTML and SVG from the same JSON maps the API sends:
 * no template engine, no third-party assets, no inline script or style (the Content-Security-Policy
 * forbids them), forms that work without JavaScript.
 */
package org.rekindle.web.pages;
