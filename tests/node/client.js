#!/usr/bin/env node
// Calls grooming-risk from Node the way a chat backend does: the .proto files loaded at run time with
// @grpc/proto-loader, the calls made with @grpc/grpc-js. Used by tests/test_contract.py.
//
//   node tests/node/client.js HOST:PORT
//
// Sends a grooming conversation (declared ages 34 and 13) and a benign one to ScoreConversation, then
// three conversations over the ScoreConversations stream. Prints one JSON object on stdout:
//   {"unary": {"grooming": response, "benign": response}, "stream": [response, ...],
//    "requests": {"grooming": base64, "benign": base64, "stream": [base64, ...]}}
// where "requests" are the request messages exactly as serialised onto the wire (so the test can check
// that they equal the Python helpers' requests). Exits 1 on any error, 2 on bad usage.
"use strict";

const path = require("node:path");
const grpc = require("@grpc/grpc-js");
const protoLoader = require("@grpc/proto-loader");

const PROTO_ROOT = path.resolve(__dirname, "..", "..", "proto");
const DEADLINE_MS = 30_000;
const BASE_TIME = 1_760_000_000; // tests/helpers.py BASE_TIME

// tests/helpers.py GROOMING_LINES and BENIGN_LINES.
const GROOMING_LINES = [
  ["adult", "hey there, asl?"],
  ["child", "13 f, u?"],
  ["adult", "im 34 m. ur so mature for ur age"],
  ["child", "lol thanks"],
  ["adult", "r ur parents home right now?"],
  ["child", "no my mom works till 8"],
  ["adult", "good. dont tell anyone we talk ok, its our little secret"],
  ["child", "ok"],
  ["adult", "send me a pic of u"],
  ["child", "what kind of pic"],
  ["adult", "a sexy one, u can delete it after"],
  ["child", "idk"],
  ["adult", "add me on snap, its safer there"],
  ["adult", "i can pick u up after school friday, we can meet at the park"],
  ["child", "maybe"],
  ["adult", "ill buy u a new phone if u come"],
];
const BENIGN_LINES = [
  ["a", "has anyone got the nvidia driver working on the new kernel?"],
  ["b", "yes, you need to rebuild the dkms module after the upgrade"],
  ["a", "how do I do that?"],
  ["b", "sudo dkms autoinstall, then reboot"],
  ["a", "thanks, that fixed it"],
  ["b", "no problem"],
];
const GROOMING_AGES = { adult: 34, child: 13 };

// The same request as tests/helpers.py request(): participants in order of first message, messages
// 20 seconds apart from BASE_TIME.
function conversation(lines, conversationId, ages = {}) {
  const senders = [...new Set(lines.map(([sender]) => sender))];
  return {
    conversation_id: conversationId,
    participants: senders.map((id) => (id in ages ? { participant_id: id, age_years: ages[id] } : { participant_id: id })),
    messages: lines.map(([sender, text], k) => ({
      sender_id: sender,
      text,
      sent_at: { seconds: BASE_TIME + k * 20, nanos: 0 },
    })),
    participants_are_contacts: false,
  };
}

function loadService() {
  const definition = protoLoader.loadSync(
    ["groomingrisk/v1/risk_scoring.proto", "groomingrisk/v1/review.proto", "groomingrisk/v1/policy.proto"],
    { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true, includeDirs: [PROTO_ROOT] },
  );
  const methods = definition["groomingrisk.v1.RiskScoringService"];
  const Service = grpc.loadPackageDefinition(definition).groomingrisk.v1.RiskScoringService;
  return { methods, Service };
}

function deadline() {
  return new Date(Date.now() + DEADLINE_MS);
}

function scoreOne(client, request) {
  return new Promise((resolve, reject) => {
    client.ScoreConversation(request, { deadline: deadline() }, (error, response) =>
      error ? reject(error) : resolve(response),
    );
  });
}

function scoreStream(client, requests) {
  return new Promise((resolve, reject) => {
    const responses = [];
    const call = client.ScoreConversations({ deadline: deadline() });
    call.on("data", (response) => responses.push(response));
    call.on("error", reject);
    call.on("end", () => resolve(responses));
    for (const request of requests) call.write(request);
    call.end();
  });
}

async function main(argv) {
  if (argv.length !== 1) {
    process.stderr.write("usage: node tests/node/client.js HOST:PORT\n");
    return 2;
  }
  const { methods, Service } = loadService();
  const client = new Service(argv[0], grpc.credentials.createInsecure());
  const wire = (request) => methods.ScoreConversation.requestSerialize(request).toString("base64");
  const grooming = conversation(GROOMING_LINES, "node-grooming", GROOMING_AGES);
  const benign = conversation(BENIGN_LINES, "node-benign");
  const stream = [
    conversation(GROOMING_LINES, "node-stream-1", GROOMING_AGES),
    conversation(BENIGN_LINES, "node-stream-2"),
    conversation(GROOMING_LINES, "node-stream-3"),
  ];
  try {
    const result = {
      unary: { grooming: await scoreOne(client, grooming), benign: await scoreOne(client, benign) },
      stream: await scoreStream(client, stream),
      requests: { grooming: wire(grooming), benign: wire(benign), stream: stream.map(wire) },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } finally {
    client.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`client.js: ${error.code !== undefined ? `gRPC status ${error.code}: ` : ""}${error.message}\n`);
    process.exitCode = 1;
  },
);
