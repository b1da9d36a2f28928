//! A real HTTP receiver for webhook tests: it records every request (when it arrives) and
//! answers as scripted — 200 with a robot platform's `{"errcode":0}` by default, or a given
//! status, a redirect, or no answer at all.

use std::collections::{HashMap, VecDeque};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};

#[derive(Debug, Clone)]
pub struct Received {
    /// Path and query, e.g. `/hook?access_token=t&timestamp=…&sign=…`.
    pub target: String,
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone)]
pub enum Reply {
    Status(u16),
    /// 302 to this address.
    Redirect(String),
    /// Never answer (the client's timeout ends it).
    Hang,
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Received>>,
    script: Mutex<VecDeque<Reply>>,
}

pub struct Receiver {
    /// `http://127.0.0.1:<port>`
    pub base: String,
    shared: Arc<Shared>,
}

async fn receive(req: HttpRequest, body: web::Bytes, shared: web::Data<Shared>) -> HttpResponse {
    let headers = req
        .headers()
        .iter()
        .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
        .collect();
    let target = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    shared.received.lock().unwrap().push(Received {
        target,
        headers,
        body: body.to_vec(),
    });
    let reply = shared.script.lock().unwrap().pop_front();
    match reply {
        None => HttpResponse::Ok()
            .content_type("application/json")
            .body(r#"{"errcode":0,"errmsg":"ok"}"#),
        Some(Reply::Status(code)) => {
            HttpResponse::build(actix_web::http::StatusCode::from_u16(code).unwrap())
                .body(format!("scripted {code}"))
        }
        Some(Reply::Redirect(to)) => HttpResponse::Found()
            .insert_header(("Location", to))
            .finish(),
        Some(Reply::Hang) => {
            tokio::time::sleep(Duration::from_secs(600)).await;
            HttpResponse::Ok().finish()
        }
    }
}

impl Receiver {
    pub async fn start() -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let shared = web::Data::new(Shared::default());
        let data = shared.clone();
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .default_service(web::to(receive))
        })
        .workers(1)
        .listen(listener)
        .unwrap()
        .run();
        tokio::spawn(server);
        Receiver {
            base,
            shared: shared.into_inner(),
        }
    }

    /// The next requests get these replies, in order; then 200 again.
    pub fn reply_next(&self, replies: impl IntoIterator<Item = Reply>) {
        self.shared.script.lock().unwrap().extend(replies);
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }

    /// Wait (up to `within`) until `n` requests arrived; then a moment more, so that an extra
    /// one (a duplicate) would be seen too.
    pub async fn wait_for(&self, n: usize, within: Duration) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + within;
        while self.received().len() < n && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        self.received()
    }
}
