// Pieces shared by the API description's path files: the error envelope and small builders.

export const errorEnvelope = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message", "requestId"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        requestId: { type: "string" },
        field: { type: "string" },
      },
    },
  },
};

export const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    ]),
  );

export const visitorToken = { name: "x-visitor-token", in: "header", required: true, schema: { type: "string" } };
export const json = (schema: unknown) => ({ "application/json": { schema } });
