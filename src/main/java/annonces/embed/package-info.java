/**
 * The news-site embed: the "Petites Annonces" block (HTML for an iframe, and JSON), the public detail page of
 * an ad, the embed script and, in dev, a demo article. It reads published ads and renders them once, keeping
 * the rendering in memory until an ad readers can see changes (on any instance: listings' notifications).
 * It only reads; nothing depends on it.
 */
package annonces.embed;
