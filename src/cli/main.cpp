// jamt: the web server and the command-line tool in one program.
#include "cli/commands.hpp"

int main(int argc, char** argv) { return jamt::cli::run(argc, argv); }
