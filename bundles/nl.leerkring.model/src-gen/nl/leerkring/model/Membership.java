/**
 */
package nl.leerkring.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Membership#getPerson <em>Person</em>}</li>
 *   <li>{@link nl.leerkring.model.Membership#getRole <em>Role</em>}</li>
 *   <li>{@link nl.leerkring.model.Membership#getJoined <em>Joined</em>}</li>
 *   <li>{@link nl.leerkring.model.Membership#getLeft <em>Left</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getMembership()
 * @model
 * @generated
 */
public interface Membership extends EObject {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see nl.leerkring.model.LeerkringPackage#getMembership_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Membership#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leerkring.model.MemberRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see nl.leerkring.model.MemberRole
	 * @see #setRole(MemberRole)
	 * @see nl.leerkring.model.LeerkringPackage#getMembership_Role()
	 * @model
	 * @generated
	 */
	MemberRole getRole();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Membership#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see nl.leerkring.model.MemberRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(MemberRole value);

	/**
	 * Returns the value of the '<em><b>Joined</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Joined</em>' attribute.
	 * @see #setJoined(LocalDate)
	 * @see nl.leerkring.model.LeerkringPackage#getMembership_Joined()
	 * @model dataType="nl.leerkring.model.LocalDate"
	 * @generated
	 */
	LocalDate getJoined();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Membership#getJoined <em>Joined</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Joined</em>' attribute.
	 * @see #getJoined()
	 * @generated
	 */
	void setJoined(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Left</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the person left the group; they keep their history.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Left</em>' attribute.
	 * @see #setLeft(LocalDate)
	 * @see nl.leerkring.model.LeerkringPackage#getMembership_Left()
	 * @model dataType="nl.leerkring.model.LocalDate"
	 * @generated
	 */
	LocalDate getLeft();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Membership#getLeft <em>Left</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Left</em>' attribute.
	 * @see #getLeft()
	 * @generated
	 */
	void setLeft(LocalDate value);

} // Membership
