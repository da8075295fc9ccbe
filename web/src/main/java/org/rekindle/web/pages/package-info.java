/**
 * The pages: typed view models ({@code DashboardPage}, {@code JourneyMap}, {@code TimelineChart},
 * {@code FormPages}, {@code PocketPages}, {@code CorrectionPages}) drawn from the same JSON the API sends, rendered by jte templates
 * ({@code web/src/main/jte}, compiled to Java at build time), which escape every value by the
 * context it lands in. No third-party assets, no inline script or style (the
 * Content-Security-Policy forbids them), forms that work without JavaScript.
 */
package org.rekindle.web.pages;
