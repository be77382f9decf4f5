// Messages français du sélecteur d'organisation ; mêmes clés que orgs.en.ts.
import type { Messages } from "./en";

export const orgsFr: Messages["orgs"] = {
  switcher: {
    button: "Changer d'organisation",
    current: "Organisation actuelle : {name}",
    list: "Vos organisations",
    loading: "Chargement…",
    none: "Aucune autre organisation.",
    currentMark: "actuelle",
    create: "Créer une organisation",
    error: "La liste n'a pas pu être chargée. Réessayez.",
  },
};
