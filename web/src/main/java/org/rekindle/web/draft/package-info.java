/**
 * The seam where draft review plugs into the web app: {@code POST /api/check} and the draft box
 * call a {@link org.rekindle.web.draft.DraftChecker}; this build ships only the placeholder that
 * says review is not installed.
 */
package org.rekindle.web.draft;
