package annonces.listings;

/** A DPE class, A (best) to G; EXEMPT for housing outside the diagnosis' scope (both classes then). */
public enum EnergyClass {
    A, B, C, D, E, F, G, EXEMPT;

    /** Classes F and G are "logements à consommation énergétique excessive" (loi Climat et résilience). */
    public boolean isExcessive() {
        return this == F || this == G;
    }
}
