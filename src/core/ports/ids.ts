// Port: new unique ids.
export interface IdGenerator {
  next(): string
}
