/**
 */
package nl.leerkring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Group Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.leerkring.model.LeerkringPackage#getGroupKind()
 * @model
 * @generated
 */
public enum GroupKind implements Enumerator {
	/**
	 * The '<em><b>INTERVISIEGROEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVISIEGROEP_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVISIEGROEP(0, "INTERVISIEGROEP", "INTERVISIEGROEP"),

	/**
	 * The '<em><b>LEERKRING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEERKRING_VALUE
	 * @generated
	 * @ordered
	 */
	LEERKRING(1, "LEERKRING", "LEERKRING"),

	/**
	 * The '<em><b>GILDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GILDE_VALUE
	 * @generated
	 * @ordered
	 */
	GILDE(2, "GILDE", "GILDE"),

	/**
	 * The '<em><b>TEAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEAM_VALUE
	 * @generated
	 * @ordered
	 */
	TEAM(3, "TEAM", "TEAM"),

	/**
	 * The '<em><b>NETWERK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWERK_VALUE
	 * @generated
	 * @ordered
	 */
	NETWERK(4, "NETWERK", "NETWERK");

	/**
	 * The '<em><b>INTERVISIEGROEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVISIEGROEP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVISIEGROEP_VALUE = 0;

	/**
	 * The '<em><b>LEERKRING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEERKRING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEERKRING_VALUE = 1;

	/**
	 * The '<em><b>GILDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GILDE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GILDE_VALUE = 2;

	/**
	 * The '<em><b>TEAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEAM_VALUE = 3;

	/**
	 * The '<em><b>NETWERK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWERK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWERK_VALUE = 4;

	/**
	 * An array of all the '<em><b>Group Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GroupKind[] VALUES_ARRAY =
		new GroupKind[] {
			INTERVISIEGROEP,
			LEERKRING,
			GILDE,
			TEAM,
			NETWERK,
		};

	/**
	 * A public read-only list of all the '<em><b>Group Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GroupKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Group Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GroupKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GroupKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Group Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GroupKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GroupKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Group Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GroupKind get(int value) {
		switch (value) {
			case INTERVISIEGROEP_VALUE: return INTERVISIEGROEP;
			case LEERKRING_VALUE: return LEERKRING;
			case GILDE_VALUE: return GILDE;
			case TEAM_VALUE: return TEAM;
			case NETWERK_VALUE: return NETWERK;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private GroupKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //GroupKind
