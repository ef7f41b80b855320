//! Entry point: mounts the app and does nothing else, so that tests can mount the same `App`.

fn main() {
    beredning::ui::start();
}
