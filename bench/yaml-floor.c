/*
 * yaml-floor: the least work any YAML-based checker must do. It reads each file given (or
 * every *.yaml / *.yml file under each folder given, hidden entries skipped) and runs
 * libyaml's event parser over it, deleting each event, on one thread. bench/run.sh
 * compares `isoplan` against this floor.
 *
 * Build: cc -O2 -o yaml-floor bench/yaml-floor.c -lyaml
 * Usage: yaml-floor PATH...   (prints files, bytes and events parsed)
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

static unsigned long files, bytes, events, failures;

static int has_yaml_suffix(const char *name) {
    size_t n = strlen(name);
    return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) || (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static void parse_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { failures++; return; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc(size > 0 ? (size_t)size : 1);
    size_t got = fread(buf, 1, (size_t)size, f);
    fclose(f);
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buf, got);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) { failures++; break; }
        int done = event.type == YAML_STREAM_END_EVENT;
        events++;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(buf);
    files++;
    bytes += got;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) { failures++; return; }
    if (!S_ISDIR(st.st_mode)) { parse_file(path); return; }
    DIR *dir = opendir(path);
    if (!dir) { failures++; return; }
    size_t count = 0, cap = 64;
    char **names = malloc(cap * sizeof *names);
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if (count == cap) names = realloc(names, (cap *= 2) * sizeof *names);
        names[count++] = strdup(e->d_name);
    }
    closedir(dir);
    qsort(names, count, sizeof *names, by_name);
    for (size_t i = 0; i < count; i++) {
        size_t len = strlen(path) + strlen(names[i]) + 2;
        char *child = malloc(len);
        snprintf(child, len, "%s/%s", path, names[i]);
        if (stat(child, &st) == 0 && S_ISDIR(st.st_mode)) walk(child);
        else if (has_yaml_suffix(names[i])) parse_file(child);
        free(child);
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: yaml-floor PATH...\n");
        return 64;
    }
    for (int i = 1; i < argc; i++) walk(argv[i]);
    printf("%lu files, %lu bytes, %lu events, %lu failures\n", files, bytes, events, failures);
    return failures ? 1 : 0;
}
