//! The worker's audit engine: the audit core and a pool of transcribers (decoding states
//! over one loaded model), built once per process and shared by the concurrent jobs.

use std::path::Path;
use std::sync::Mutex;

use super::WorkerError;
use crate::asr::{AsrConfig, AsrError, Transcriber, WhisperModel};
use crate::pipeline::{engine_info, Auditor};
use crate::rules::{RuleEngine, RulePack};

/// The audit core and the transcribers the running jobs borrow.
pub struct Engine {
    pub auditor: Auditor,
    pool: Mutex<Vec<Box<dyn Transcriber>>>,
    /// The model the transcribers decode with; kept alive as long as they are.
    _model: Option<WhisperModel>,
}

/// A transcriber borrowed from the engine; goes back to the pool when dropped.
pub struct Borrowed<'a> {
    engine: &'a Engine,
    t: Option<Box<dyn Transcriber>>,
}

impl Borrowed<'_> {
    /// The borrowed transcriber.
    pub fn get(&mut self) -> &mut dyn Transcriber {
        &mut **self.t.as_mut().expect("present until drop")
    }
}

impl Drop for Borrowed<'_> {
    fn drop(&mut self) {
        if let Some(t) = self.t.take() {
            self.engine
                .pool
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(t);
        }
    }
}

impl Engine {
    /// Loads the model once and creates `slots` decoding states over it.
    pub fn load(
        model_path: &Path,
        asr: &AsrConfig,
        vad: crate::vad::VadConfig,
        pack: &RulePack,
        slots: usize,
    ) -> Result<Engine, WorkerError> {
        let model = WhisperModel::load(model_path, asr)?;
        let info =
            engine_info(model.name(), model_path, pack).map_err(|e| AsrError::ModelLoad {
                path: model_path.display().to_string(),
                reason: e.to_string(),
            })?;
        let rules = RuleEngine::new(pack).map_err(|e| WorkerError::Rules(e.to_string()))?;
        let pool = (0..slots.max(1))
            .map(|_| {
                model
                    .transcriber(asr)
                    .map(|t| Box::new(t) as Box<dyn Transcriber>)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut engine = Engine::new(Auditor::new(rules, info).with_vad(vad), pool);
        engine._model = Some(model);
        Ok(engine)
    }

    /// An engine over given transcribers (tests use fake ones; no model).
    pub fn new(auditor: Auditor, transcribers: Vec<Box<dyn Transcriber>>) -> Engine {
        Engine {
            auditor,
            pool: Mutex::new(transcribers),
            _model: None,
        }
    }

    /// Borrows a transcriber. The worker never runs more jobs than states, so one is free.
    pub fn take_transcriber(&self) -> Borrowed<'_> {
        let t = self.pool.lock().unwrap_or_else(|p| p.into_inner()).pop();
        Borrowed {
            engine: self,
            t: Some(t.expect("a free decoding state per running job")),
        }
    }
}
