#ifndef ISOPLAN_CLIBYAML_SHIM_H
#define ISOPLAN_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
