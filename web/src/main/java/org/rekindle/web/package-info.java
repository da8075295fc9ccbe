/**
 * {@code rekindle serve}: the web app and REST API on the user's own machine. {@code WebServer}
 * wires Javalin; {@code Guard} keeps the door (Host, token, session cookie, CSRF); {@code Api}
 * answers in the command line's JSON shapes; {@code PageRoutes} renders the pages; {@code Bodies}
 * reads what clients send without trusting it.
 */
package org.rekindle.web;
