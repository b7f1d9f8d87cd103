import { redosShard } from "./helpers/redos.js";
redosShard(0, 4);
