/*
 * A libmodbus TCP server for the interop tests: modbus_server PORT
 *
 * Listens on 127.0.0.1:PORT, serves 100 holding registers (register i = 1000 + i) and 100 input
 * registers (register i = 2000 + i), one connection at a time, until it has answered 1000 requests,
 * accepted 50 connections, or run for 30 s, whichever comes first. Prints "listening" once bound.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <modbus.h>

#define REGISTERS 100
#define MAX_REQUESTS 1000
#define MAX_CONNECTIONS 50
#define MAX_SECONDS 30

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s PORT\n", argv[0]);
        return 2;
    }
    alarm(MAX_SECONDS); /* SIGALRM ends the process whatever it is blocked in */

    modbus_t *ctx = modbus_new_tcp("127.0.0.1", atoi(argv[1]));
    modbus_mapping_t *map = modbus_mapping_new(0, 0, REGISTERS, REGISTERS);
    if (ctx == NULL || map == NULL) {
        fprintf(stderr, "setup failed: %s\n", modbus_strerror(errno));
        return 1;
    }
    for (int i = 0; i < REGISTERS; i++) {
        map->tab_registers[i] = 1000 + i;
        map->tab_input_registers[i] = 2000 + i;
    }
    int listener = modbus_tcp_listen(ctx, 1);
    if (listener < 0) {
        fprintf(stderr, "listen failed: %s\n", modbus_strerror(errno));
        return 1;
    }
    printf("listening\n");
    fflush(stdout);

    int requests = 0;
    for (int connections = 0; connections < MAX_CONNECTIONS && requests < MAX_REQUESTS; connections++) {
        int client = modbus_tcp_accept(ctx, &listener);
        if (client < 0) {
            break;
        }
        uint8_t query[MODBUS_TCP_MAX_ADU_LENGTH];
        int length;
        while (requests < MAX_REQUESTS && (length = modbus_receive(ctx, query)) >= 0) {
            if (length > 0) { /* 0: a request for another unit, ignored */
                modbus_reply(ctx, query, length, map);
                requests++;
            }
        }
        close(client);
    }
    close(listener);
    modbus_mapping_free(map);
    modbus_free(ctx);
    return 0;
}
