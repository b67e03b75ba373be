//! The bucket, through `rust-s3` (blocking, rustls): reads, uploads and
//! deletes with retries and backoff on what may pass (network errors, 5xx,
//! 429), and one error type that says what failed and why.

use std::time::Duration;

use s3::creds::Credentials;
use s3::error::S3Error;
use s3::{Bucket, Region};

use super::DeployError;
use super::target::Target;
use crate::msg::catalog::deploy as m;

/// Tries per request; waits 0.2 s, 0.8 s, 3.2 s between them.
const TRIES: u32 = 4;

pub struct Store {
    bucket: Box<Bucket>,
    endpoint: String,
}

/// What a request did, for messages.
#[derive(Clone, Copy)]
pub enum Action {
    Read,
    Upload,
    Delete,
}

impl Action {
    fn text(self) -> &'static str {
        match self {
            Action::Read => m::ACTION_READ.text(),
            Action::Upload => m::ACTION_UPLOAD.text(),
            Action::Delete => m::ACTION_DELETE.text(),
        }
    }
}

impl Store {
    pub fn open(
        target: &Target,
        endpoint: Option<&str>,
        region: Option<&str>,
    ) -> Result<Store, DeployError> {
        let credentials = Credentials::default().map_err(|_| DeployError::NoCredentials)?;
        let region_name = region
            .map(str::to_owned)
            .or_else(|| std::env::var("AWS_REGION").ok())
            .or_else(|| std::env::var("AWS_DEFAULT_REGION").ok())
            .unwrap_or_else(|| "us-east-1".into());
        let (region, shown) = match endpoint {
            Some(e) => (
                Region::Custom {
                    region: region_name,
                    endpoint: e.trim_end_matches('/').to_owned(),
                },
                e.to_owned(),
            ),
            None => {
                let r: Region = region_name.parse().map_err(|_| DeployError::Endpoint {
                    endpoint: region_name.clone(),
                })?;
                let shown = format!("https://{}", r.endpoint());
                (r, shown)
            }
        };
        let bucket = Bucket::new(&target.bucket, region, credentials)
            .map_err(|e| DeployError::Failed {
                status: 0,
                action: Action::Read.text(),
                key: String::new(),
                body: e.to_string(),
            })?
            .with_path_style();
        let bucket = bucket
            .with_request_timeout(Duration::from_secs(60))
            .unwrap_or(bucket);
        Ok(Store {
            bucket,
            endpoint: shown,
        })
    }

    /// The object's bytes, None when there is no such object.
    pub fn get(&self, key: &str) -> Result<Option<Vec<u8>>, DeployError> {
        match self.retry(Action::Read, key, || self.bucket.get_object(key)) {
            Ok(data) => Ok(Some(data.to_vec())),
            Err(DeployError::Failed {
                status: 404, body, ..
            }) if !body.contains("NoSuchBucket") => Ok(None),
            Err(DeployError::Failed { status: 404, .. }) => Err(DeployError::NoBucket {
                bucket: self.bucket.name(),
                endpoint: self.endpoint.clone(),
            }),
            Err(e) => Err(e),
        }
    }

    pub fn put(
        &self,
        key: &str,
        bytes: &[u8],
        content_type: &str,
        cache_control: &str,
        redirect: Option<&str>,
    ) -> Result<(), DeployError> {
        self.retry(Action::Upload, key, || {
            let mut put = self
                .bucket
                .put_object_builder(key, bytes)
                .with_content_type(content_type)
                .with_cache_control(cache_control)?;
            if let Some(to) = redirect {
                put = put.with_header("x-amz-website-redirect-location", to)?;
            }
            put.execute()
        })
        .map(|_| ())
    }

    pub fn delete(&self, key: &str) -> Result<(), DeployError> {
        match self.retry(Action::Delete, key, || self.bucket.delete_object(key)) {
            // Already gone: what a resumed deploy finds.
            Ok(_) | Err(DeployError::Failed { status: 404, .. }) => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn retry<T>(
        &self,
        action: Action,
        key: &str,
        mut request: impl FnMut() -> Result<T, S3Error>,
    ) -> Result<T, DeployError> {
        let mut wait = Duration::from_millis(200);
        for attempt in 1..=TRIES {
            let error = match request() {
                Ok(v) => return Ok(v),
                Err(e) => e,
            };
            let passing = match &error {
                S3Error::HttpFailWithBody(status, _) => *status >= 500 || *status == 429,
                S3Error::Atto(_) | S3Error::Io(_) => true,
                _ => false,
            };
            if passing && attempt < TRIES {
                std::thread::sleep(wait);
                wait *= 4;
                continue;
            }
            return Err(match error {
                S3Error::HttpFailWithBody(status @ (401 | 403), _) => DeployError::Denied {
                    status,
                    action: action.text(),
                    key: key.to_owned(),
                },
                S3Error::HttpFailWithBody(status, body) => DeployError::Failed {
                    status,
                    action: action.text(),
                    key: key.to_owned(),
                    body: short(&body),
                },
                other => DeployError::Unreachable {
                    endpoint: self.endpoint.clone(),
                    tries: attempt,
                    action: action.text(),
                    key: key.to_owned(),
                    error: other.to_string(),
                },
            });
        }
        unreachable!("the last try returns")
    }
}

/// The gist of an S3 error body (its `<Code>` and `<Message>`).
fn short(body: &str) -> String {
    let tag = |t: &str| {
        let open = format!("<{t}>");
        body.find(&open).and_then(|i| {
            let rest = &body[i + open.len()..];
            rest.find('<').map(|j| rest[..j].to_owned())
        })
    };
    match (tag("Code"), tag("Message")) {
        (Some(c), Some(msg)) => format!("{c}: {msg}"),
        (Some(c), None) => c,
        _ => body.chars().take(200).collect(),
    }
}
