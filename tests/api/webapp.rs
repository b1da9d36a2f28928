//! The web client's files, as a browser gets them: the page at `/`, its modules and styles
//! under `/web/`, each with its type, a strong ETag, compression and the app's strict policy.

use reqwest::Method;

use crate::helpers::TestApp;

/// The files the page loads: its own script and style, then every module they import.
const FILES: [(&str, &str); 4] = [
    ("/web/app.js", "text/javascript; charset=utf-8"),
    ("/web/api.js", "text/javascript; charset=utf-8"),
    (
        "/web/vendor/preact-htm.module.js",
        "text/javascript; charset=utf-8",
    ),
    ("/web/style.css", "text/css; charset=utf-8"),
];

#[tokio::test]
async fn the_page_is_served_at_the_root_with_a_strict_policy() {
    let app = TestApp::spawn().await;
    let page = app.get("/").await;
    assert_eq!(page.status(), 200);
    let headers = page.headers().clone();
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    let policy = headers["content-security-policy"].to_str().unwrap();
    for rule in [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ] {
        assert!(policy.contains(rule), "{rule} missing from {policy}");
    }
    assert!(!policy.contains("unsafe"), "{policy}");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["cache-control"], "no-cache");
    let html = page.text().await.unwrap();
    assert!(html.contains(r#"<html lang="zh-CN">"#), "{html}");
    // No inline script for the policy to refuse: the one script is a module file of ours.
    assert!(html.contains(r#"<script type="module" src="/web/app.js"></script>"#));
    assert_eq!(html.matches("<script").count(), 1, "{html}");
}

#[tokio::test]
async fn every_file_the_page_loads_is_served_with_its_type_and_from_here_only() {
    let app = TestApp::spawn().await;
    let html = app.get("/").await.text().await.unwrap();
    for (path, content_type) in FILES {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["content-type"], content_type, "{path}");
        // The SVG namespace is a name, not an address anything is fetched from.
        let body = response
            .text()
            .await
            .unwrap()
            .replace("http://www.w3.org/2000/svg", "");
        // Nothing is fetched from another origin: no CDN, no web fonts.
        for remote in ["http://", "https://", "//cdn", "@import url("] {
            assert!(!body.contains(remote), "{path} names {remote}");
        }
    }
    assert!(html.contains("/web/style.css") && html.contains("/web/app.js"));
    let app_js = app.get("/web/app.js").await.text().await.unwrap();
    assert!(app_js.contains(r#"from "./vendor/preact-htm.module.js""#));
    assert!(app_js.contains(r#"from "./api.js""#));
    // Development files stay out of the binary.
    for path in ["/web/schema.d.ts", "/web/jsconfig.json", "/web/nothing.js"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(
            response.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/problem+json")
        );
    }
}

#[tokio::test]
async fn files_are_revalidated_by_etag_and_compressed() {
    let app = TestApp::spawn().await;
    let first = app.get("/web/app.js").await;
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert!(etag.starts_with('"') && !etag.starts_with("W/"), "{etag}");
    let again = app
        .client
        .get(app.url("/web/app.js"))
        .header("If-None-Match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"], etag.as_str());
    assert!(again.bytes().await.unwrap().is_empty());
    let other = app
        .client
        .get(app.url("/web/app.js"))
        .header("If-None-Match", r#""another""#)
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 200);

    let zipped = app
        .client
        .get(app.url("/web/vendor/preact-htm.module.js"))
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(zipped.status(), 200);
    assert_eq!(zipped.headers()["content-encoding"], "gzip");
    let size = zipped.bytes().await.unwrap().len();
    assert!(size < 13194, "compressed to {size} bytes");
}

#[tokio::test]
async fn the_page_takes_get_and_head_only() {
    let app = TestApp::spawn().await;
    let post = app.request(Method::POST, "/", None, None).await;
    assert_eq!(post.status(), 405);
    assert_eq!(post.headers()["allow"], "GET, HEAD");
    let head = app.request(Method::HEAD, "/web/app.js", None, None).await;
    assert_eq!(head.status(), 200);
}
