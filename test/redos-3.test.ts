import { redosShard } from "./helpers/redos.js";
redosShard(3, 4);
