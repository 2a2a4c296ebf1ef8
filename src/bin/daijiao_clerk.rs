//! The clerk's page entry point: only mounts [`daijiao::ui::ClerkApp`].
fn main() {
    daijiao::ui::mount_clerk();
}
