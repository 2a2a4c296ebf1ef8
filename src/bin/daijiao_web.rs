//! The page's entry point: only mounts the components of [`daijiao::web`].
fn main() {
    daijiao::ui::mount();
}
