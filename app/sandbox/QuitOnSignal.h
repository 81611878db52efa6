#pragma once

namespace ChoPhien {

// Makes SIGTERM and SIGINT end the event loop normally, so the database closes and a temporary
// data folder is removed. Does nothing where there are no such signals.
void quitOnTerminationSignals();

} // namespace ChoPhien
